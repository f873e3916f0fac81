namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class TextNormalizerTests
{
    [TestMethod]
    [DataRow("Papás", "papas")]
    [DataRow("¿Cuántos AÑOS tienes?", "cuantos anos tienes")]
    [DataRow("heyyyy", "heyy")]
    [DataRow("sooooo cuteeee", "soo cutee")]
    [DataRow("r u home?", "are you home")]
    [DataRow("ur so pretty", "your so pretty")]
    [DataRow("pls send pics", "please send pic")]
    [DataRow("don't tell", "dont tell")]
    [DataRow("q mas parce", "que mas parce")]
    [DataRow("xq no? pq si", "porque no porque si")]
    [DataRow("yo tb, dnd estas, cdo vienes", "yo tambien donde estas cuando vienes")]
    [DataRow("todo bn mk", "todo bien mk")]
    [DataRow("Mándame la tarea", "mandame la tarea")]
    [DataRow("tienes wasap o insta?", "tienes whatsapp o instagram")]
    [DataRow("  hola \n\t  parcero  ", "hola parcero")]
    public void Normalize_ChatText_ReturnsCanonicalForm(string input, string expected)
    {
        Assert.AreEqual(expected, TextNormalizer.Normalize(input));
    }

    [TestMethod]
    [DataRow("mira https://example.com/x?y=1 ya", "mira urltoken ya")]
    [DataRow("entra a www.juegos.co", "entra a urltoken")]
    [DataRow("write me at kid.name@mail.com", "write me at emailtoken")]
    [DataRow("call 555-123-4567 now", "call phonetoken now")]
    [DataRow("mi cel es +57 300 123 4567", "mi celular es phonetoken")]
    [DataRow("code 123456", "code numtoken")]
    public void Normalize_ContactDetails_AreMasked(string input, string expected)
    {
        Assert.AreEqual(expected, TextNormalizer.Normalize(input));
    }

    [TestMethod]
    public void Normalize_ShortNumbers_AreKept()
    {
        Assert.AreEqual("im 13 and its 2 30", TextNormalizer.Normalize("I'm 13 and it's 2:30"));
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("   ")]
    [DataRow("?!... :)")]
    public void Normalize_NothingToRead_ReturnsEmpty(string? input)
    {
        Assert.AreEqual(string.Empty, TextNormalizer.Normalize(input));
    }
}
