using static SafeBrowse.Detection.CategoryPattern;
using static SafeBrowse.Detection.DetectionCategories;

namespace SafeBrowse.Detection;

/// <summary>
/// Colombian-Spanish phrases, written by hand against normalised text (no accents: "papas", "anos").
/// Colombian slang that looks crude but is everyday ("que chimba", "parce", "mk") is left out on purpose.
/// </summary>
internal static class SpanishPatterns
{
    private const string Papas = "(?:papas|padres|papa|mama|mami|papi|familia|cucha|cucho|viejos)";
    private const string Apps = "(?:whatsapp|instagram|snapchat|telegram|discord|facebook|messenger|tiktok)";
    private const string Private = "(?:" + Apps + "|privado|interno|dm|otro lado|otra app|otra aplicacion)";
    private const string Fotos = "(?:foto|fotos|selfie|selfies|video|videos|videito|videitos|pack)";
    private const string Pide = "(?:mandame|pasame|enviame|regalame|mandeme|paseme|envieme|manda|pasa|envia|muestrame|mostrame|comparteme|me mandas|me pasas|me envias|me regalas)";
    private const string Eres = "(?:eres|estas|sos|te ves|pareces)";

    public static CategoryPattern[] All { get; } =
    [
        Strong(Flattery, Eres + " (?:muy |tan |super |re |bien |demasiado )?madur[oa]"),
        Strong(Flattery, "madur[oa] para tu edad"),
        Strong(Flattery, "(?:pareces|te ves|actuas como|hablas como) (?:de |alguien )?(?:mas )?(?:grande|mayor)"),
        Strong(Flattery, "no eres como (?:las|los) (?:otras|otros|demas|de tu edad)"),
        Strong(Flattery, "eres (?:muy |tan |super )?especial para mi"),
        Strong(Flattery, "(?:puedes|podes) confiar en mi"),
        Strong(Flattery, "conmigo (?:puedes|podes) (?:hablar|contar) (?:de )?(?:todo|lo que sea|cualquier cosa)"),
        Weak(Flattery, Eres + " (?:muy |tan |super |re |bien |demasiado )?(?:linda|lindo|hermosa|hermoso|bonita|bonito|preciosa|precioso|bella|bello|guapa|guapo|divina|divino|sexy|rica|mamacita|churra|churro)"),
        Weak(Flattery, "(?:que|tan) (?:linda|lindo|hermosa|hermoso|bonita|bonito|preciosa|bella|guapa|guapo)(?: eres| estas| te ves)"),
        Weak(Flattery, "(?:mi amor|mi vida|mi reina|princesa|mamacita|preciosa|hermosa)"),
        Weak(Flattery, "(?:te quiero|te amo|me encantas|me gustas)"),

        Strong(Secrecy, "no (?:le |les )?(?:digas|cuentes|muestres|comentes) (?:nada |esto |eso )?(?:a )?(?:nadie|tus (?:papas|padres|amigas|amigos|profes)|tu (?:mama|papa|mami|papi|familia|profe|profesora|hermana|hermano|cucha|cucho))"),
        Strong(Secrecy, "no (?:se lo |le |les )?(?:digas|cuentes) (?:a nadie|nada)"),
        Strong(Secrecy, "nuestro (?:pequeno )?secreto"),
        Strong(Secrecy, "(?:es|sera|esto es) (?:un |nuestro )?secreto entre (?:los dos|tu y yo|nosotros)"),
        Strong(Secrecy, "(?:esto|esto es|esto queda|que quede|queda|todo) entre (?:nosotros|tu y yo|los dos)"),
        Strong(Secrecy, "borra (?:el|este|los|estos|nuestros|todos los|la|esta|nuestra|toda la) (?:chat|chats|mensajes|conversacion|conversaciones|historial)"),
        Strong(Secrecy, "nadie (?:se tiene que|tiene que|debe|puede|se puede|se debe) (?:enterar|saber)"),
        Strong(Secrecy, "que nadie (?:se entere|sepa)"),
        Strong(Secrecy, "tus (?:papas|padres) no (?:tienen que|deben|pueden|necesitan) (?:saber|enterarse|ver)"),
        Weak(Secrecy, "(?:es|un) secreto"),
        Weak(Secrecy, "borra (?:las|esas|estas) fotos"),

        Strong(Isolation, "tus (?:papas|padres|amigas|amigos|papa|mama) no te (?:entienden|entiende|comprenden|comprende|quieren|quiere|valoran|valora|escuchan|escucha|apoyan)"),
        Strong(Isolation, "(?:solo yo|yo si) te (?:entiendo|comprendo)"),
        Strong(Isolation, "te (?:entiendo|comprendo) como nadie"),
        Strong(Isolation, "nadie te (?:entiende|comprende|quiere|conoce) como yo"),
        Strong(Isolation, "soy (?:el|la) unic[oa] (?:que|q) te (?:entiende|quiere|comprende|escucha)"),
        Strong(Isolation, "no necesitas a (?:tus (?:amigas|amigos|papas|padres)|nadie mas|nadie)"),
        Strong(Isolation, "tus (?:amigas|amigos|papas|padres) son (?:unos |unas )?(?:muy )?(?:inmaduros|inmaduras|bobos|bobas|falsos|falsas|toxicos)"),
        Weak(Isolation, "tus (?:papas|padres) son (?:muy |re |super )?(?:estrictos|cansones|intensos)"),

        Strong(PrivateChannel, "(?:tienes|tenes|tiene|usas) (?:" + Apps + "|numero|celular)"),
        Strong(PrivateChannel, "(?:pasame|dame|mandame|regalame|enviame|comparteme|cual es) (?:tu )?(?:numero|whatsapp|celular|instagram|snapchat|telegram|discord|usuario|user|facebook|contacto)"),
        Strong(PrivateChannel, "hablemos (?:mejor )?(?:por|en) " + Private),
        Strong(PrivateChannel, "(?:escribeme|hablame|agregame|llamame|buscame|sigueme|escribime|hablame) (?:mejor )?(?:al |por |en |a mi )?(?:" + Apps + "|privado|interno|dm|numero|celular)"),
        Strong(PrivateChannel, "(?:te escribo|seguimos|sigamos|pasemonos|nos pasamos|nos hablamos) (?:hablando )?(?:por|en|al|a) " + Private),
        Weak(PrivateChannel, "(?:por|al) (?:interno|privado)"),
        Weak(PrivateChannel, "(?:llamame|videollamada|te llamo)"),

        Strong(PersonalInfo, "(?:cuantos|que) (?:anos|anitos) (?:tienes|tenes|tiene|cumples)"),
        Strong(PersonalInfo, "(?:que edad tienes|cual es tu edad)"),
        Strong(PersonalInfo, "(?:que|cual) colegio (?:estudias|vas|estas|es)"),
        Strong(PersonalInfo, "que (?:grado|curso) (?:estas|vas|estudias)"),
        Strong(PersonalInfo, "(?:estas|esta|te quedas) (?:sola|solo|solita|solito)"),
        Strong(PersonalInfo, "(?:tus|tu) " + Papas + " (?:estan|esta|llegan|llega|vuelven|vuelve|salen|sale|trabajan|trabaja|se van|se fueron|no estan)"),
        Strong(PersonalInfo, "a que hora (?:llegan|salen|vuelven|se van|llega|sale) (?:tus|tu) " + Papas),
        Strong(PersonalInfo, "a que hora (?:sales|te recogen) del colegio"),
        Strong(PersonalInfo, "(?:cual es|dame|pasame) tu (?:direccion|ubicacion|apellido)"),
        Strong(PersonalInfo, "(?:mandame|pasame|enviame|comparteme) (?:tu |la )?ubicacion"),
        Weak(PersonalInfo, "(?:donde|en que barrio|en que ciudad|de donde) (?:vives|eres)"),
        Weak(PersonalInfo, "con quien(?:es)? vives"),
        Weak(PersonalInfo, "(?:tienes|tenes) (?:novio|novia)"),

        Strong(PhotoRequest, Pide + " (?:una |unas |otra |otras |mas |tu |tus |un |unos |el )?" + Fotos + " (?:tuya|tuyas|tuyo|tuyos|de ti|de tu cuerpo|en ropa interior|en brasier|en calzones|en pijama|en bikini|en vestido de bano|sin ropa|sin camisa|desnuda|desnudo|sexy)"),
        Strong(PhotoRequest, "(?:el|tu|un|ese) pack"),
        Strong(PhotoRequest, "(?:prende|enciende|pon|abre|activa) (?:la |tu )?(?:camara|cam)"),
        Strong(PhotoRequest, "muestrame (?:tu |tus )?(?:cuerpo|cola|pechos|tetas|piernas|abdomen|calzones|brasier)"),
        Strong(PhotoRequest, "(?:foto|fotos|video|videos) (?:tuya|tuyas|de ti|de tu cuerpo|desnuda|desnudo|sin ropa|en ropa interior)"),
        Strong(PhotoRequest, "(?:quiero|me gustaria|dejame) ver (?:tu cuerpo|como eres|mas de ti)"),
        Weak(PhotoRequest, Pide + " (?:una |unas |otra |otras |mas |tu |tus )?(?:foto|fotos|selfie|selfies|video|videos)"),
        Weak(PhotoRequest, "(?:tienes|tenes) (?:camara|cam)"),
        Weak(PhotoRequest, "quiero verte"),

        Strong(SexualTalk, "(?:eres|sos|sigues) virgen"),
        Strong(SexualTalk, "(?:has|haz|ya) (?:tenido|hecho) (?:sexo|relaciones|el amor)"),
        Strong(SexualTalk, "que (?:tienes|llevas|tenes) puesto"),
        Strong(SexualTalk, "(?:estoy|me pones|me tienes|me tenes|me puse) (?:muy |re |tan |super )?(?:caliente|arrecho|arrecha|excitado|excitada|duro|mojada)"),
        Strong(SexualTalk, "(?:quiero|quisiera|me gustaria|dejame) (?:tocarte|besarte|comerte|hacerte el amor|chuparte|lamerte|tenerte desnuda)"),
        Strong(SexualTalk, "(?:hacer|hagamos|hacemos) (?:el amor|cositas|el delicioso|cosas ricas)"),
        Strong(SexualTalk, "(?:te tocas|te masturbas|te has masturbado|chupame|mamada|masturb\\w+|orgasmo)"),
        Weak(SexualTalk, "(?:sexo|tetas|pechos|desnuda|desnudo|pene|vagina|ropa interior|calzones|tanga|brasier|arrech\\w*|excitada|excitado|condon)"),

        Strong(Gifts, "te (?:regalo|compro|doy|mando|envio|pago|recargo|consigo|regalaria|compraria|daria) (?:un |una |unos |unas )?(?:lo que (?:quieras|pidas)|plata|dinero|recargas?|robux|pavos|diamantes|skins?|minutos|datos|celular|ropa|regalos?|algo|saldo|tarjeta|paquete)"),
        Strong(Gifts, "(?:quieres|necesitas|te hace falta|queres) (?:plata|dinero|recargas?|robux|pavos|diamantes|skins?|un celular|saldo|minutos|datos)"),
        Strong(Gifts, "te hago (?:una )?recarga"),
        Weak(Gifts, "te (?:regalo|compro|doy)"),
        Weak(Gifts, "(?:regalo|regalito|sorpresa) (?:para ti|pa ti)"),

        Strong(Meeting, "(?:quiero|quisiera|me gustaria|me encantaria) conocerte"),
        Strong(Meeting, "(?:vernos|conocernos|encontrarnos|veamonos) (?:en persona|a solas|solos|sin que nadie sepa)"),
        Strong(Meeting, "te (?:recojo|paso a recoger|voy a recoger|busco a la salida)"),
        Strong(Meeting, "paso por ti"),
        Strong(Meeting, "(?:ven|vente|venite|vienes|vengas) a mi (?:casa|apartamento|apto|hotel|cuarto|carro)"),
        Strong(Meeting, "(?:voy|paso|llego) a tu (?:casa|colegio)"),
        Strong(Meeting, "(?:escapate|volate|vuelate|salte|sal) (?:a escondidas|de tu casa|de la casa|sin que sepan)"),
        Strong(Meeting, "a escondidas"),
        Weak(Meeting, "nos (?:vemos|encontramos|conocemos)"),
        Weak(Meeting, "(?:veamonos|vernos|parchemos|parchamos)"),
        Weak(Meeting, "quiero verte"),

        Strong(Threats, "si no (?:me )?(?:mandas|envias|pasas|haces|contestas|respondes|das|muestras)\\b.{0,50}\\b(?:voy a|le cuento|les cuento|publico|subo|le digo|les digo|muestro|paso)"),
        Strong(Threats, "(?:le|les) (?:voy a|vamos a) (?:contar|decir|mostrar|mandar|ensenar|pasar) (?:\\w+ )?(?:a )?(?:todos|todo el mundo|tus (?:papas|padres|amigas|amigos|companeros|profes)|tu (?:mama|papa|colegio|familia|profe))"),
        Strong(Threats, "(?:voy a|vamos a|puedo) (?:publicar|subir|mostrar|pasar|mandar|filtrar|compartir|difundir) (?:tus|las|esas|estas|tu) (?:fotos|videos|foto|video|mensajes|chats|pack)"),
        Strong(Threats, "(?:todos|todo el mundo) (?:van a|se van a|va a) (?:ver|saber|enterar)"),
        Weak(Threats, "te vas a arrepentir"),
        Weak(Threats, "(?:tienes|tenes) que (?:hacerlo|hacer lo que (?:yo )?(?:digo|diga))"),
        Weak(Threats, "si no (?:me )?(?:mandas|envias|haces|contestas)"),

        Strong(AgeGap, "(?:te gustan|te molestan|te importan|te caen bien) (?:los|las) (?:mayores|man mayores|hombres mayores|mujeres mayores|viejos|cuchos)"),
        Strong(AgeGap, "(?:te molesta|te importa|te incomoda) (?:que (?:yo )?sea (?:mayor|mas grande|mas viejo)|mi edad|la diferencia de edad)"),
        Strong(AgeGap, "(?:mi edad|la diferencia de edad|nuestra diferencia de edad) (?:no importa|no es problema|da igual)"),
        Strong(AgeGap, "la edad es (?:solo|solamente) un numero"),
        Weak(AgeGap, "la edad (?:no importa|da igual)"),
        Strong(AgeGap, "(?:soy|estoy) (?:muy |demasiado )?(?:viejo|mayor|grande) para ti"),
        Weak(AgeGap, "(?:hombres|man|manes|tipos) mayores"),

        Strong(ContextSignals.AdultAge, "tengo (?:1[89]|[2-6][0-9])(?: (?:anos|y|pero|ya|jaja\\w*|jeje\\w*|jsjs\\w*|lol|bueno|si|no)\\b|$)"),
        Strong(ContextSignals.AdultAge, "(?:1[89]|[2-6][0-9]) anos (?:tengo|de edad|cumplidos)"),
        Strong(ContextSignals.AdultAge, "(?:soy|un|una) (?:man|hombre|senor|mujer|chica|chico|pelado|pelada) de (?:1[89]|[2-6][0-9])(?: anos)?"),
        Strong(ContextSignals.AskedAge, "(?:cuantos anos|que edad) (?:tienes|tenes|tiene|me dijiste)|(?:cual es )?tu edad"),
    ];
}
