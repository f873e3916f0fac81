namespace SafeBrowse.Benchmarks;

/// <summary>
/// A deterministic mix of short chat lines in English and Colombian Spanish, written for the benchmarks: mostly
/// ordinary talk, with about one line in twenty carrying a grooming category, as in real logs.
/// </summary>
internal static class ChatMessages
{
    private static readonly string[] EnglishOpeners = ["lol", "hey", "omg", "ok", "yeah", "haha", "wait", "bro", "ngl", "tbh", "nah", "sure"];
    private static readonly string[] EnglishLines =
    [
        "how was school", "did u finish the math homework", "wanna play fortnite later", "my mom said no",
        "that game was sick", "whats up", "im so bored rn", "can u send me the notes from today",
        "see you at practice", "the new episode is out", "i cant believe he said that", "brb dinner",
        "are you coming to the party saturday", "my phone is about to die", "lets do the project at the library",
        "the teacher gave us so much work", "did you see her story", "i got a new puppy", "this song is stuck in my head",
        "we lost 3 to 1", "who is your favorite youtuber", "my brother took my charger again", "idk what to wear tomorrow",
    ];

    private static readonly string[] SpanishOpeners = ["jajaja", "parce", "oye", "ey", "uy", "marica", "ve", "bueno", "ome", "listo"];
    private static readonly string[] SpanishLines =
    [
        "que mas como vas", "ya hiciste la tarea de mate", "mandame la tarea porfa", "nos vemos mañana en el colegio",
        "mi mamá me recoge a las 5", "que chimba ese gol", "juguemos free fire mas tarde", "estoy re aburrido",
        "viste el video que te mande", "q pereza el examen", "mi hermano me quito el cel", "vamos a cine el sabado?",
        "la profe nos dejo un monton de tarea", "pasame el link del grupo", "tengo hambre jaja", "ya llegue a la casa",
        "ese man es muy chistoso", "me regalaron un perrito", "no tengo datos", "te escribo ahorita",
    ];

    private static readonly string[] GroomingLines =
    [
        "you are so mature for your age", "dont tell your parents about us", "send me a pic of you",
        "do you have snapchat", "are you home alone", "lets meet after school", "this is our little secret",
        "no le digas a tus papás", "mándame una foto tuya", "tienes whatsapp?", "cuantos años tienes",
        "estas sola en la casa?", "te regalo diamantes en free fire", "eres muy madura para tu edad",
    ];

    private static readonly string[] Tails = ["", "", "", " 😂", " jaja", "!!", " ?", " :)", " 🔥", " xd", "..."];

    /// <summary><paramref name="count"/> lines, the same for the same <paramref name="seed"/>.</summary>
    public static string[] Create(int count, int seed = 20261128)
    {
        var random = new Random(seed);
        var messages = new string[count];
        for (var index = 0; index < count; index++)
        {
            var roll = random.Next(20);
            var spanish = random.Next(2) == 0;
            var line = roll == 0
                ? GroomingLines[random.Next(GroomingLines.Length)]
                : spanish ? SpanishLines[random.Next(SpanishLines.Length)] : EnglishLines[random.Next(EnglishLines.Length)];
            var opener = roll is > 0 and < 6
                ? (spanish ? SpanishOpeners[random.Next(SpanishOpeners.Length)] : EnglishOpeners[random.Next(EnglishOpeners.Length)]) + " "
                : string.Empty;
            messages[index] = opener + line + Tails[random.Next(Tails.Length)];
        }

        return messages;
    }
}
