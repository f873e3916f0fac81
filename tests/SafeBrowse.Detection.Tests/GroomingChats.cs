using static SafeBrowse.Detection.Tests.ChatLine;

namespace SafeBrowse.Detection.Tests;

/// <summary>Grooming chats written for these tests, in English and Colombian Spanish.</summary>
internal static class GroomingChats
{
    public static IEnumerable<object[]> All =>
        new[] { EnglishSchoolGirl, EnglishGamer, EnglishSextortion, EnglishAgeGap, SpanishFlattery, SpanishFreeFire, SpanishSextortion, SpanishAgeGap }
            .Select(script => new object[] { script });

    /// <summary>Age probing (5) then flattery (7) = notice; secrecy (13) then photo request (15) = alert.</summary>
    public static GroomingScript EnglishSchoolGirl { get; } = new("en-school", QuietThrough: 4, NoticeBy: 8, AlertBy: 16,
    [
        Contact("hey whats up"),
        Child("nm just chilling"),
        Contact("cool what r u up to"),
        Child("homework lol"),
        Contact("ugh homework. what grade are you in?"),
        Child("8th, im 13"),
        Contact("wow you seem really mature for your age"),
        Child("lol thanks"),
        Contact("seriously ur not like other girls"),
        Child("haha"),
        Contact("do u have snapchat? easier to talk there"),
        Child("yeah"),
        Contact("dont tell your parents we talk ok? they wouldnt get it"),
        Child("ok"),
        Contact("send me a pic of you in your pajamas"),
        Child("why"),
        Contact("just want to see how cute u are"),
    ]);

    /// <summary>Age probing (4) then gifts (6) = notice; home alone (10) and pick-up (12) = alert.</summary>
    public static GroomingScript EnglishGamer { get; } = new("en-gamer", QuietThrough: 3, NoticeBy: 7, AlertBy: 13,
    [
        Contact("gg that was a good match"),
        Child("thanks lol"),
        Contact("ur actually really good at fortnite"),
        Contact("how old are you btw"),
        Child("12"),
        Contact("cool. want me to buy you some vbucks?"),
        Child("for real??"),
        Contact("yeah i can get you the battle pass too. just dont tell your mom ok"),
        Contact("whats your discord, lets talk there"),
        Contact("are you home alone right now?"),
        Child("ya my mom works late"),
        Contact("i could come pick you up and we go to the mall"),
        Child("idk"),
        Contact("it'll be fun, nobody has to know"),
    ]);

    /// <summary>Compliments, then a threat to share pictures (9): alert at once.</summary>
    public static GroomingScript EnglishSextortion { get; } = new("en-sextortion", QuietThrough: 4, NoticeBy: 9, AlertBy: 9,
    [
        Contact("hi there"),
        Child("hi"),
        Contact("saw your posts, you dance really well"),
        Child("thank u"),
        Contact("you're so pretty"),
        Child("..."),
        Contact("why did you stop answering"),
        Child("im busy"),
        Contact("if you dont send me more pics i'll post the ones you sent to everyone at your school"),
        Child("please dont"),
        Contact("then do what i say"),
    ]);

    /// <summary>Age probing (3) then flattery (5) = notice; secrecy (8) and photo request (9) = alert.</summary>
    public static GroomingScript SpanishFlattery { get; } = new("es-flattery", QuietThrough: 2, NoticeBy: 6, AlertBy: 10,
    [
        Contact("hola q mas, como vas"),
        Child("bn y tu"),
        Contact("todo bien. oye cuantos años tienes?"),
        Child("13"),
        Contact("en serio? eres muy madura para tu edad"),
        Contact("no eres como las otras niñas"),
        Contact("tienes whatsapp? hablemos por alla mejor"),
        Contact("pero no le digas a tus papás que hablamos, ellos no entenderian"),
        Contact("mandame una foto tuya"),
        Contact("esto es entre nosotros ok"),
        Child("ok"),
    ]);

    /// <summary>Gifts (5) and school probing (6) = notice; home alone (7) and pick-up (8) = alert.</summary>
    public static GroomingScript SpanishFreeFire { get; } = new("es-freefire", QuietThrough: 4, NoticeBy: 7, AlertBy: 9,
    [
        Contact("q mas parce, jugamos free fire?"),
        Child("dale"),
        Contact("uy vos jugas re bien"),
        Child("jaja gracias"),
        Contact("te regalo diamantes si quieres"),
        Contact("en que colegio estudias?"),
        Contact("y estas solo en la casa?"),
        Contact("te recojo a la salida del colegio y vamos a comer algo"),
        Contact("pero que nadie se entere"),
        Child("bueno"),
    ]);

    /// <summary>Small talk, then "si no me mandas … le voy a contar a todos" (7): alert at once.</summary>
    public static GroomingScript SpanishSextortion { get; } = new("es-sextortion", QuietThrough: 6, NoticeBy: 7, AlertBy: 7,
    [
        Contact("hola"),
        Child("hola"),
        Contact("como te fue hoy"),
        Child("bien"),
        Contact("que haces"),
        Child("nada viendo tiktok"),
        Contact("si no me mandas mas fotos le voy a contar a todos tus amigos lo que me mandaste"),
        Child("no por favor"),
    ]);

    /// <summary>Age probing (3), the child's age (4) and the contact's adult age (5) = notice; meeting (8) = alert.</summary>
    public static GroomingScript EnglishAgeGap { get; } = new("en-agegap", QuietThrough: 4, NoticeBy: 5, AlertBy: 8,
    [
        Contact("hey saw ur post on the art server, ur drawings r awesome"),
        Child("thx!"),
        Contact("asl?"),
        Child("13 f"),
        Contact("22 m lol"),
        Child("oh"),
        Contact("do you like older guys? age is just a number"),
        Contact("we should meet up sometime, i can drive to you"),
    ]);

    /// <summary>The child's age (4) and the contact's "tengo 26" (5) = notice; moving to WhatsApp (8) = alert.</summary>
    public static GroomingScript SpanishAgeGap { get; } = new("es-agegap", QuietThrough: 4, NoticeBy: 5, AlertBy: 8,
    [
        Contact("hola, vi tus videos de baile, bailas super bien"),
        Child("jaja gracias"),
        Contact("cuantos años tienes?"),
        Child("13"),
        Contact("ah bueno, yo tengo 26 jaja"),
        Child("ah ok"),
        Contact("la edad es solo un numero, eres muy madura"),
        Contact("tienes whatsapp? hablemos por alla mejor"),
        Contact("y no le digas a nadie"),
    ]);
}
