// Chat lines written for the benchmark: everyday teen chat in English and Colombian Spanish, and a few
// grooming-like lines of the kinds the lexicon knows. Nothing is read from research data.

const names = ["sam", "alex", "vale", "majo", "juanse", "lu", "dani", "caro", "nico", "emma", "liam", "sofi"];
const games = ["fortnite", "roblox", "minecraft", "among us", "valorant", "fifa", "brawl stars"];
const subjects = ["math", "bio", "history", "english", "chem", "sociales", "español", "física"];
const times = ["7", "8", "8:30", "4pm", "after school", "tmrw", "el sábado", "mañana", "a las 3"];
const emoji = ["", "", "", " 😂", " 😭", " 💀", " 🙄", " ❤️", " 👀", " 🔥", " jajaja", " lol", " xd"];

const benignEnglish = [
  "did you finish the {subject} homework",
  "omg {name} is so annoying today",
  "wanna play {game} later",
  "i cant, my mom says i have to clean my room first",
  "lmaooo that video was so funny",
  "are you going to {name}'s party on saturday",
  "practice got moved to {time}",
  "bro the test was impossible",
  "send me the notes from {subject} pls",
  "i got a new skin in {game}!!",
  "ok ttyl",
  "wait what happened at lunch",
  "nooo i forgot my charger at school",
  "my sister took my headphones again",
  "who do you have for {subject} next year",
  "did you see the new episode",
  "yeah see you at the bus stop at {time}",
  "that song is stuck in my head all day",
  "hahaha stop",
  "can you help me with question 4",
  "i'm so tired, we had a quiz and then practice",
  "k",
  "brb dinner",
  "my dad is making pancakes",
  "we lost 2-1 but i scored!!",
  "the wifi at school is so bad",
];

const benignSpanish = [
  "parce ya hiciste la tarea de {subject}",
  "jajaja qué oso lo de {name}",
  "jugamos {game} más tarde?",
  "no puedo, mi mamá dice que primero arregle el cuarto",
  "ese video está buenísimo",
  "vas a ir a la fiesta de {name} el sábado?",
  "el entreno lo pasaron para {time}",
  "la evaluación estuvo durísima",
  "me pasas los apuntes de {subject} porfa",
  "qué chimba, me salió una skin nueva en {game}",
  "dale, hablamos luego",
  "qué pasó en el descanso??",
  "se me quedó el cargador en el colegio",
  "mi hermana otra vez cogió mis audífonos",
  "quién te toca en {subject} el otro año",
  "viste el capítulo nuevo?",
  "nos vemos en el paradero {time}",
  "esa canción no se me sale de la cabeza",
  "jajajaja ya",
  "me ayudas con el punto 4?",
  "estoy muerta del sueño, tuvimos quiz y entreno",
  "ok",
  "ya vengo, a comer",
  "mi papá está haciendo arepas",
  "perdimos 2-1 pero metí gol!!",
  "el wifi del colegio es malísimo",
];

// Grooming-like lines, always from the contact (incoming), so they build risk per contact.
const riskyEnglish = [
  "you're so mature for your age",
  "you seem way older than 13",
  "don't tell your parents about us ok",
  "this is our little secret",
  "add me on snapchat, it's more private",
  "what's your number? we can text",
  "send me a pic of you in your pj's",
  "are you home alone right now",
  "what school do you go to",
  "your parents don't understand you like i do",
  "i'll buy you robux if you send a selfie",
  "we should meet up, i can pick you up after school",
  "age is just a number",
  "delete our chat after you read this",
];

const riskySpanish = [
  "eres muy madura para tu edad",
  "no le digas a tus papás que hablamos",
  "esto queda entre tú y yo",
  "pásame tu whatsapp y hablamos por privado",
  "mándame una foto tuya en pijama",
  "estás sola en la casa?",
  "en qué colegio estudias?",
  "nadie te entiende como yo",
  "te regalo una recarga si me mandas una selfie",
  "nos vemos a la salida del colegio, yo te recojo",
  "la edad es solo un número",
  "borra este chat cuando lo leas",
];

const childAges = ["i'm 13", "im 12 lol", "tengo 13", "tengo 12 años", "13, why"];

const longFiller = {
  en: "so basically what happened was {name} told everyone in the group chat that i liked {name2} which is NOT true and now everyone keeps sending me memes about it and i dont even know what to say because its so embarrassing and my friends think its funny but it isnt ",
  es: "entonces lo que pasó fue que {name} le dijo a todo el grupo que me gustaba {name2}, cosa que NO es verdad, y ahora todos me mandan memes y yo no sé ni qué decir porque qué pena, y mis amigas creen que es chistoso pero no lo es ",
};

function fill(template, random) {
  return template
    .replace("{name}", random.pick(names))
    .replace("{name2}", random.pick(names))
    .replace("{game}", random.pick(games))
    .replace("{subject}", random.pick(subjects))
    .replace("{time}", random.pick(times));
}

/**
 * One message of a conversation in `language` ("en" or "es"). `riskShare` of the contact's messages are
 * grooming-like (0 for most contacts). About 1 message in 100 is a long rant (300–900 characters).
 */
export function chatLine(random, language, direction, riskShare) {
  const spanish = language === "es";
  if (direction === "incoming" && random.chance(riskShare)) {
    return random.pick(spanish ? riskySpanish : riskyEnglish) + random.pick(emoji);
  }

  if (direction === "outgoing" && random.chance(0.01)) return random.pick(childAges);
  if (random.chance(0.01)) return fill(longFiller[language].repeat(1 + random.below(3)), random).trim();
  const line = fill(random.pick(spanish ? benignSpanish : benignEnglish), random);
  return (random.chance(0.15) ? line.toUpperCase() : line) + random.pick(emoji);
}
