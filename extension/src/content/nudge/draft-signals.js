(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // A draft longer than this is an essay, not a quick reply; reading its start keeps every keystroke cheap.
  const MAX_READ = 2000;

  // Words that end a name: "colegio todavía", "Lincoln Middle School" is a name, "a public high school" is not.
  const NOT_A_NAME = new Set(
    ("a al algo alla alli aqui aca ahi ahora ahorita asi aun bien casi como con cuando de del desde donde el ella ellos en entonces es esa ese eso " +
      "esta estaba este esto estoy fue hasta hay hoy la las le les lo los luego mas me mi mis muy nada no nos o otra otro para pero por porque pues " +
      "que se si sin sobre solo son su sus tambien tan te temprano tarde todavia todo todos toda tu tus un una uno y ya yo manana mucho poco " +
      "mejor peor nuevo nueva viejo vieja grande chiquito pequeno bonito feo aburrido aburrida lejos cerca super re bacano chevere horrible publico " +
      "publica privado privada jaja jajaja xd ok " +
      "an and are as at be best big boring but by catholic charter christian different every for from get go going had has have he her his how " +
      "i i'm im in into is it its local my new next no not now of old on or our private public same she small so some soon that the their then " +
      "there this to today tomorrow too until very was we what when where which who will with worst yet you your after before during later " +
      "high middle elementary primary secondary junior senior school summer boarding night sunday swim swimming driving dance art " +
      "futbol natacion musica baile danza arte ingles verano tareas peligroso tranquilo seguro lindo linda feo fea private privado privada " +
      "cool nice pretty lindo genial").split(" "),
  );

  const isName = (word) => word !== undefined && !NOT_A_NAME.has(word) && !/^\d/.test(word);

  function normalize(text) {
    return text
      .slice(0, MAX_READ)
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[’`´]/g, "'")
      .replace(/\s+/g, " ");
  }

  // --- Phone numbers ---------------------------------------------------------------------------------------------

  const DIGIT_RUN = /(\+\s?)?\(?\d+\)?(?:(?: ?[.-] ?| )\(?\d+\)?)*/g;
  const PHONE_CUE = /\b(cel|celu|celular|movil|numero|num|tel|telefono|whats ?app|wh?atsap+|wsp|wpp|llamame|marcame|timbrame|number|phone|cell|mobile|call me|text me|txt me|reach me)\b[^\d]{0,20}$/;
  const MONEY_BEFORE = /(\$|usd|cop|us\$|€|£)\s?$/;
  const MONEY_AFTER = /^\s?(pesos|peso|mil|millones|millon|lucas|barras|usd|cop|dolares|dollars|bucks|k|%|puntos|points|pts|goles|goals|likes|seguidores|followers|monedas|coins|diamantes|robux|vbucks|xp|kills|años|anos|years|dias|days|minutos|minutes|horas|hours)\b/;

  function looksLikePhone(run, before, after) {
    const digits = run.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 15) return false;
    if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) return false;
    const groups = run.match(/\d+/g);
    // "3.000.000" is a price, "15-03-2024" a date, "2019 2020" a list of years, "3000000000" a boast.
    if (/^\d{1,3}(\.\d{3})+$/.test(run.trim())) return false;
    if (groups.length === 3 && /^\d{1,2}$/.test(groups[0]) && /^\d{1,2}$/.test(groups[1]) && /^(\d{2}|\d{4})$/.test(groups[2])) return false;
    if (groups.every((group) => /^(19|20)\d\d$/.test(group))) return false;
    if (/(\d)\1{5}/.test(digits)) return false;
    const national = digits.replace(/^57(?=3\d{9}$|60\d{8}$)/, "").replace(/^1(?=\d{10}$)/, "");
    if (/^3\d{9}$/.test(national) || /^60\d{8}$/.test(national)) return true;
    if (/^\+/.test(run.trim()) && digits.length >= 8) return true;
    if (/^\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(run.trim().replace(/^\+?1[ .-]?/, ""))) return true;
    return PHONE_CUE.test(before);
  }

  // "te paso mi número" says the number comes next, even before its digits are typed.
  const PHONE_INTENT = /\b(?:te (?:paso|doy|mando) mi (?:numero|cel|celu|celular|telefono|whats ?app|wsp)|here'?s my (?:number|phone|cell)|i'?ll (?:give|send) you my (?:number|phone|cell))\b/;

  function hasPhone(text) {
    if (PHONE_INTENT.test(text)) return true;
    for (const match of text.matchAll(DIGIT_RUN)) {
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 20);
      // A digit glued to letters ("free fire 2", "abc123") or to a colon ("10:30") is not a phone number's edge.
      if (/[\w:/]$/.test(before) && !/\+$/.test(before)) continue;
      if (/^[:/]\d/.test(after)) continue;
      if (looksLikePhone(match[0], before, after)) return true;
    }
    return false;
  }

  // --- Addresses -------------------------------------------------------------------------------------------------

  // Colombian nomenclature: "calle 45 # 12-30", "cra 7 con 72", "diagonal 5 sur no. 3-10".
  const CO_WAY = "(?:calle|cll|cl|carrera|cra|kra|kr|cr|avenida|av|ak|ac|diagonal|dg|transversal|tv|trans|autopista|circular)";
  const CO_ADDRESS = new RegExp(
    `\\b${CO_WAY}\\.? ?\\d+ ?[a-z]?(?: bis)?(?: (?:sur|norte|este|oeste))? ?(?:#|no\\.?|n°|nº|num(?:ero)?\\.?|con) ?\\d+`,
  );
  const CO_WAY_AFTER_CUE = new RegExp(`\\b(?:vivo|vivimos|mi casa (?:es|queda|esta)|queda|mi direccion es)\\b[^.!?]{0,25}\\b${CO_WAY}\\.? ?\\d+`);
  const RESIDENCE_CUE = /\b(vivo|vivimos|mi casa (?:es|queda|esta)|soy del|somos del)\b/;
  const NEIGHBOURHOOD_NAMED = /\bmi (?:barrio|conjunto|urbanizacion|vereda) (?:es|se llama) (?:(?:el|la|los|las|san|santa) )*([a-z]+)/;
  const NEIGHBOURHOOD = /\b(?:barrio|conjunto|urbanizacion|vereda|unidad)\b(?: (?:residencial|cerrado))?( (?:el|la|los|las|de|del|san|santa))*( [a-z]+)?/;
  const UNIT = /\b(?:apto|apartamento|apt|apartment|interior|int|torre|bloque|manzana|mz|casa|house|unit)\.? ?#? ?\d+[a-z]?\b/g;
  const EN_SUFFIX_PLAIN = "(?:street|avenue|ave|boulevard|blvd|lane|terrace)";
  const EN_SUFFIX_ANY = "(?:street|st|avenue|ave|boulevard|blvd|lane|ln|road|rd|drive|dr|court|ct|terrace|circle|cir)";
  const STREET_WORDS = "((?:[a-z']+\\.? ){1,3})";
  const EN_NUMBERED = new RegExp(`\\b\\d{1,5}[a-z]? ${STREET_WORDS}${EN_SUFFIX_PLAIN}\\b`);
  const EN_AFTER_CUE = new RegExp(`\\b(?:live|living|lives|house is|home is|come to|address is)(?: at| on| in)? (?:\\d{1,5}[a-z]? )?${STREET_WORDS}${EN_SUFFIX_ANY}\\b`);
  const ADDRESS_WORD = /\b(?:mi direccion|my address|my home address|my (?:house|home) is at|te paso (?:la|mi) direccion)\b/;

  function streetNameOk(words) {
    return words.trim().split(" ").every((word) => isName(word.replace(/\.$/, "")));
  }

  function hasAddress(text) {
    if (CO_ADDRESS.test(text) || CO_WAY_AFTER_CUE.test(text) || ADDRESS_WORD.test(text)) return true;
    if (isName(text.match(NEIGHBOURHOOD_NAMED)?.[1])) return true;
    const residence = text.match(RESIDENCE_CUE);
    if (residence) {
      const rest = text.slice(residence.index, residence.index + 60);
      const place = rest.match(NEIGHBOURHOOD);
      if (place && isName(place[2]?.trim())) return true;
    }
    if ((text.match(UNIT) ?? []).length >= 2) return true;
    for (const pattern of [EN_NUMBERED, EN_AFTER_CUE]) {
      const match = text.match(pattern);
      if (match && streetNameOk(match[1])) return true;
    }
    return false;
  }

  // --- Schools ---------------------------------------------------------------------------------------------------

  const ES_SCHOOL = "(?:colegio|liceo|escuela|instituto|institucion educativa|i\\.e\\.d?\\.?|ied|ie|gimnasio)";
  const ES_SCHOOL_CUE = new RegExp(
    `\\b(?:estudio|estudiamos|estudia|voy|vamos|estoy|estamos|soy|somos|salgo|salimos|queda|me recoges|recogeme)\\b(?: (?:en|del|de|al|a|por))?(?: (?:el|la))? ${ES_SCHOOL} ((?:(?:de|del|la|el|los|las|san|santa|santo) )*)([a-z]+)`,
    "g",
  );
  const ES_SCHOOL_NAMED = new RegExp(`\\bmi (?:colegio|liceo|escuela|insti) (?:se llama|es) (?:el |la )?([a-z]+)`);
  const ES_SCHOOL_CAPITALISED = /(?:^|[^\p{L}])(?:[Cc]olegio|[Ll]iceo|[Ee]scuela|[Ii]nstituto|[Ii]nstituci[oó]n [Ee]ducativa) (?:(?:de|del|la|el|los|las) )*(\p{Lu}\p{L}+)/u;
  const EN_SCHOOL_TYPE = "(?:elementary|middle|high|junior high|primary|secondary|grammar|prep|academy|intermediate)(?: school)?";
  const EN_SCHOOL_CUE = new RegExp(`\\b(?:go to|goes to|going to|attend|attends|at|from|is)((?: [a-z'.]+){1,3}?) ${EN_SCHOOL_TYPE}\\b`, "g");
  const EN_SCHOOL_NAMED = /\bmy school(?:'s name)? (?:is called|is named|is|name is) ([a-z']+)/;

  function hasSchool(text, original) {
    for (const cued of text.matchAll(ES_SCHOOL_CUE)) {
      // "voy al gimnasio" is the gym; a "Gimnasio" is a school only where the child says they study there.
      const gym = /gimnasio/.test(cued[0]) && !/\b(?:estudio|estudiamos|estudia|soy|somos)\b/.test(cued[0]);
      if (isName(cued[2]) && !gym) return true;
    }
    const named = text.match(ES_SCHOOL_NAMED) ?? text.match(EN_SCHOOL_NAMED);
    if (named && isName(named[1])) return true;
    // "en el Colegio Santa Inés" names a school even without "estudio en"; "en el colegio hoy" does not.
    const capitalised = original.slice(0, MAX_READ).match(ES_SCHOOL_CAPITALISED);
    if (capitalised && isName(normalize(capitalised[1]))) return true;
    for (const match of text.matchAll(EN_SCHOOL_CUE)) {
      if (isName(match[1].trim().split(" ").at(-1).replace(/'s$/, ""))) return true;
    }
    return false;
  }

  // --- Moving to another app -------------------------------------------------------------------------------------

  const APP = "(?:whats ?app|wh?ats?ap+|wass?ap|guasap|wsp|wpp|telegram|tg|snap ?chat|snap|insta(?:gram)?|ig|discord|kik|tik ?tok|signal|messenger|face(?:book)?|fb|skype|wechat|zoom|facetime)";
  const INVITE =
    "(?:escribeme|escribime|escribirme|hablame|agregame|agregarme|anademe|sigueme|llamame|mandame|hablemos|hablamos|seguimos|sigamos|pasemos|pasemonos|continuemos|te escribo|te agrego|te hablo|te llamo|nos hablamos|nos escribimos|buscame|" +
    "add me|hit me up|hmu|message me|msg me|dm me|talk|chat|call me|facetime me|follow me|find me|let's|lets|switch|move|continue|text me|contact me|reach me)";
  const INVITE_TO_APP = new RegExp(`\\b${INVITE}\\b(?: [^ .!?]+){0,3}? (?:al|por|en|on|to|in|via|a|over|at)(?: el| mi| my| tu| your| the)? ${APP}\\b`);
  const CHANNEL = new RegExp(`\\bmejor (?:por|al) ${APP}\\b`);
  const HAVE_APP = new RegExp(`\\b(?:tienes|tenes|do you have|do u have|you have|u have|have you got|are you on|r u on|u on|estas en)(?: el| un| una)? ${APP}\\b`);
  const HANDLE = new RegExp(`\\bmy ${APP}(?: name)? is (@?[\\w.]+)|\\bmi ${APP} es (@?[\\w.]+)|\\b${APP} ?: ?(@[\\w.]+)`);
  const ASK_NUMBER = /\b(?:pasame|pasa|dame|mandame|me das|me pasas|me regalas|regalame|send me|give me|what'?s|whats|wats|cual es|tell me)(?: el| tu| your| ur)+ (?:numero|number|num|cel|celu|celular|telefono|phone|cell|whats ?app|wsp|wpp|digits|snap|insta|discord|telegram|user|usuario)\b/;
  const TEXT_ME = /\b(?:text me|txt me|textme|textea?me)\b/;

  // "my insta is @sofi_12" shares a handle; "my insta is private" does not.
  function sharesHandle(text) {
    const handle = text.match(HANDLE)?.slice(1).find(Boolean);
    return handle !== undefined && (/^@|[_.\d]/.test(handle) || isName(handle));
  }

  function hasOtherApp(text) {
    return [INVITE_TO_APP, CHANNEL, HAVE_APP, ASK_NUMBER, TEXT_ME].some((pattern) => pattern.test(text)) || sharesHandle(text);
  }

  // Kinds of personal details a child may be about to share, read locally from a draft; nothing here keeps the text.
  ns.draftSignals = (draft) => {
    const signals = new Set();
    if (typeof draft !== "string") return signals;
    const text = normalize(draft);
    if (text.trim() === "") return signals;
    if (hasPhone(text)) signals.add("phone");
    if (hasAddress(text)) signals.add("address");
    if (hasSchool(text, draft)) signals.add("school");
    if (hasOtherApp(text)) signals.add("other_app");
    return signals;
  };
})();
