using static SafeBrowse.Detection.Tests.ChatLine;

namespace SafeBrowse.Detection.Tests;

/// <summary>Ordinary chats between kids, written for these tests, full of look-alike phrases.</summary>
internal static class BenignChats
{
    public static IReadOnlyList<ChatLine> English { get; } =
    [
        Contact("yooo whats up"),
        Child("nm, just got home"),
        Contact("how was school"),
        Child("boring, we had a math quiz"),
        Contact("lol same. can u send me the homework pic? i forgot to write it down"),
        Child("sure one sec"),
        Contact("thx ur a lifesaver"),
        Contact("did u see the game last night"),
        Child("yesss messi was insane"),
        Contact("lol that game was sick"),
        Contact("wanna play fortnite later?"),
        Child("maybe after dinner"),
        Contact("my mom is picking me up from practice at 6 so after that"),
        Child("ok"),
        Contact("how old is your dog now? he looked huge in ur story"),
        Child("hes 3 lol"),
        Contact("haha so cute"),
        Contact("also dont tell anyone but i think i failed the quiz"),
        Child("u didnt fail lol"),
        Contact("lets meet at the library tomorrow to study for the next one"),
        Child("ok see u there"),
        Contact("the weather is nice today we could walk"),
        Child("bet"),
        Contact("cya"),
    ];

    public static IReadOnlyList<ChatLine> Spanish { get; } =
    [
        Contact("que mas parce como vas"),
        Child("bien y vos"),
        Contact("todo bn. mandame la tarea de sociales porfa"),
        Child("ya te la paso"),
        Contact("gracias mk"),
        Contact("vio el partido de la seleccion?"),
        Child("siii que chimba ese gol de lucho"),
        Contact("jajaja brutal"),
        Contact("jugamos free fire mas tarde?"),
        Child("dale despues de comer"),
        Contact("mi mama me recoge a las 5 del entrenamiento"),
        Contact("pasame las fotos del paseo que no las tengo"),
        Child("ahorita"),
        Contact("nos vemos mañana en el colegio"),
        Child("listo"),
        Contact("ah y el profe dijo que el examen es el jueves"),
        Child("uy no q pereza"),
        Contact("tranqui estudiamos juntos en la biblioteca"),
        Contact("a que hora sales de ingles"),
        Child("a las 4"),
        Contact("bueno nos vemos alla"),
        Child("parce te regalo el sticker de messi que me salio repetido"),
        Contact("que chimba gracias"),
        Contact("chao"),
    ];

    /// <summary>A class group chat: photos of the board, meeting at the park, ages and schools, all between classmates.</summary>
    public static IReadOnlyList<ChatLine> SpanishClassGroup { get; } =
    [
        Contact("parceros alguien tiene la foto del tablero de mate?"),
        Child("yo, ya la mando"),
        Contact("mandame la foto porfa que no alcance a copiar"),
        Contact("gracias!! eres la mejor"),
        Child("jaja de nada"),
        Contact("oigan el sabado nos vemos en el parque para el trabajo de ciencias?"),
        Child("dale a las 3"),
        Contact("mi mama nos lleva y nos recoge"),
        Contact("cuantos años cumple sofi? para la torta"),
        Child("14"),
        Contact("ahh yo pense que 13"),
        Contact("en que colegio estudia el primo de juan? el que juega futbol"),
        Child("en el san jose creo"),
        Contact("tienes el whatsapp de la profe? para preguntar lo del trabajo"),
        Child("no, preguntale a mateo"),
        Contact("jajaja esta tarea esta re dificil"),
        Contact("te quiero mucho amiga, gracias por la ayuda"),
        Child("tqm"),
        Contact("no le digas a la profe que copie la tarea jaja"),
        Child("jajaja tranqui"),
        Contact("bueno chao nos vemos mañana"),
    ];
}
