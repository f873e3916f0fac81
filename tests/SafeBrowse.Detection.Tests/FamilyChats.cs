using static SafeBrowse.Detection.Tests.ChatLine;

namespace SafeBrowse.Detection.Tests;

/// <summary>
/// Family logistics that looked like grooming to the engine before it read relationships (issue 13: a mother's, an
/// aunt's and a father's pickup messages alerted; a grandmother's uniform photo raised a notice), and family-sounding
/// contacts who are not safe. Written for these tests.
/// </summary>
internal static class FamilyChats
{
    public static IReadOnlyList<ChatLine> MotherPickupSpanish { get; } =
    [
        Contact("hola mi amor como te fue en el colegio?"),
        Child("bien mami"),
        Contact("a que hora sales del colegio hoy?"),
        Child("a las 3"),
        Contact("te recojo a la salida"),
        Child("ok mami"),
        Contact("donde estas? ya llegue a la entrada"),
        Child("ya voy"),
        Contact("nos vemos en la puerta"),
    ];

    public static IReadOnlyList<ChatLine> MotherPickupEnglish { get; } =
    [
        Contact("hi sweetie how was school?"),
        Child("good mom"),
        Contact("what time do you get out today?"),
        Child("at 3"),
        Contact("i'll pick you up after school"),
        Child("ok thanks mom"),
        Contact("where are you? im at the front gate"),
        Child("coming"),
        Contact("see you at the door"),
    ];

    public static IReadOnlyList<ChatLine> AuntPickupSpanish { get; } =
    [
        Contact("mija hoy te recojo yo, tu mama sale tarde del trabajo"),
        Child("listo tia"),
        Contact("a que hora sales del colegio?"),
        Child("a las 2:30"),
        Contact("en que puerta te espero?"),
        Child("la de atras tia"),
        Contact("dale, nos vemos alla y vamos a mi casa"),
    ];

    public static IReadOnlyList<ChatLine> AuntPickupEnglish { get; } =
    [
        Contact("hey honey, your mom is working late so i'll pick you up today"),
        Child("ok auntie"),
        Contact("what time do you get out of school?"),
        Child("2:30"),
        Contact("which gate should i wait at?"),
        Child("the back one auntie"),
        Contact("ok see you there, then we go to my house"),
    ];

    public static IReadOnlyList<ChatLine> FatherPickupSpanish { get; } =
    [
        Contact("hola mijo, hoy te recojo a la salida"),
        Child("bueno papi"),
        Contact("a que hora sales del colegio?"),
        Child("a las 4"),
        Contact("donde estas? estoy en el parqueadero"),
        Child("ya voy papi"),
        Contact("te espero en la entrada, trae el uniforme de educacion fisica"),
    ];

    public static IReadOnlyList<ChatLine> FatherPickupEnglish { get; } =
    [
        Contact("hey buddy, i'll pick you up after school today"),
        Child("ok dad"),
        Contact("what time do you get out?"),
        Child("at 4"),
        Contact("where are you? im in the parking lot"),
        Child("coming dad"),
        Contact("meet me at the entrance, and bring your gym uniform"),
    ];

    public static IReadOnlyList<ChatLine> GrandmotherUniformPhotoSpanish { get; } =
    [
        Contact("hola mi amor, como te quedo el uniforme nuevo?"),
        Child("bien abue, me queda grande jaja"),
        Contact("mandame una foto tuya con el uniforme nuevo"),
        Child("ya te la mando abue"),
        Contact("que linda, mandame otra foto tuya con tu hermano"),
        Contact("el domingo nos vemos en el almuerzo"),
    ];

    public static IReadOnlyList<ChatLine> GrandmotherUniformPhotoEnglish { get; } =
    [
        Contact("hi sweetheart, how does the new uniform fit?"),
        Child("good grandma its a bit big lol"),
        Contact("send me a pic of you in your new uniform"),
        Child("ok grandma one sec"),
        Contact("so cute! send me another pic of you with your brother too"),
        Contact("see you sunday for lunch"),
    ];

    /// <summary>Called "tio" by the child, then sexual talk and a body photo request: family words change nothing.</summary>
    public static IReadOnlyList<ChatLine> FamilyContactSexualTalk { get; } =
    [
        Contact("hola mija como te fue en el colegio"),
        Child("bien tio"),
        Contact("a que hora sales? te recojo"),
        Child("a las 3 tio"),
        Contact("que tienes puesto? me pones muy caliente"),
        Contact("mandame una foto en vestido de bano"),
    ];

    public static IReadOnlyList<ChatLine> FamilyContactBodyPhotos { get; } =
    [
        Contact("hi kiddo how was school"),
        Child("good grandpa"),
        Contact("what time do you get out? i'll pick you up"),
        Child("3 grandpa"),
        Contact("send me a pic of you in your swimsuit"),
        Contact("show me your legs"),
    ];

    /// <summary>Says he is an uncle, is answered as one, then asks for secrecy about a pickup.</summary>
    public static IReadOnlyList<ChatLine> ClaimedUncleSecrecy { get; } =
    [
        Contact("hola sobrina, soy tu tio, el hermano de tu papa"),
        Child("hola tio"),
        Contact("a que hora sales del colegio?"),
        Child("a las 3"),
        Contact("te recojo a la salida"),
        Contact("pero no le digas a tu mama, que nadie se entere"),
    ];
}
