namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class CategoryLexiconTests
{
    [TestMethod]
    [DataRow("you're so mature for your age", DetectionCategories.Flattery)]
    [DataRow("eres muy madura para tu edad", DetectionCategories.Flattery)]
    [DataRow("don't tell your parents about this", DetectionCategories.Secrecy)]
    [DataRow("this is our little secret", DetectionCategories.Secrecy)]
    [DataRow("delete this chat ok", DetectionCategories.Secrecy)]
    [DataRow("no le digas a tus papás", DetectionCategories.Secrecy)]
    [DataRow("esto es entre nosotros", DetectionCategories.Secrecy)]
    [DataRow("borra los mensajes", DetectionCategories.Secrecy)]
    [DataRow("your parents don't understand you", DetectionCategories.Isolation)]
    [DataRow("tus papas no te entienden", DetectionCategories.Isolation)]
    [DataRow("nadie te entiende como yo", DetectionCategories.Isolation)]
    [DataRow("add me on snap", DetectionCategories.PrivateChannel)]
    [DataRow("do u have kik?", DetectionCategories.PrivateChannel)]
    [DataRow("tienes whatsapp?", DetectionCategories.PrivateChannel)]
    [DataRow("hablemos por insta mejor", DetectionCategories.PrivateChannel)]
    [DataRow("how old are you?", DetectionCategories.PersonalInfo)]
    [DataRow("asl?", DetectionCategories.PersonalInfo)]
    [DataRow("are you home alone", DetectionCategories.PersonalInfo)]
    [DataRow("what school do you go to", DetectionCategories.PersonalInfo)]
    [DataRow("cuantos años tienes", DetectionCategories.PersonalInfo)]
    [DataRow("en que colegio estudias", DetectionCategories.PersonalInfo)]
    [DataRow("estas sola en la casa?", DetectionCategories.PersonalInfo)]
    [DataRow("tus papas estan?", DetectionCategories.PersonalInfo)]
    [DataRow("send me a pic of you", DetectionCategories.PhotoRequest)]
    [DataRow("turn on your cam", DetectionCategories.PhotoRequest)]
    [DataRow("mándame una foto tuya", DetectionCategories.PhotoRequest)]
    [DataRow("pasame el pack", DetectionCategories.PhotoRequest)]
    [DataRow("what are you wearing", DetectionCategories.SexualTalk)]
    [DataRow("are you a virgin", DetectionCategories.SexualTalk)]
    [DataRow("que tienes puesto", DetectionCategories.SexualTalk)]
    [DataRow("eres virgen?", DetectionCategories.SexualTalk)]
    [DataRow("i'll buy you a new phone", DetectionCategories.Gifts)]
    [DataRow("want some robux?", DetectionCategories.Gifts)]
    [DataRow("te doy plata", DetectionCategories.Gifts)]
    [DataRow("te regalo recargas", DetectionCategories.Gifts)]
    [DataRow("let's meet in person", DetectionCategories.Meeting)]
    [DataRow("i'll pick you up after school", DetectionCategories.Meeting)]
    [DataRow("te recojo a la salida", DetectionCategories.Meeting)]
    [DataRow("quiero conocerte en persona", DetectionCategories.Meeting)]
    [DataRow("if you don't send more i'll tell everyone", DetectionCategories.Threats)]
    [DataRow("i'll post your pics", DetectionCategories.Threats)]
    [DataRow("si no me mandas mas fotos le voy a contar a todos", DetectionCategories.Threats)]
    [DataRow("le voy a contar a todos tus amigos", DetectionCategories.Threats)]
    public void MatchText_StrongPhrase_ReturnsCategoryWithStrongWeight(string text, string category)
    {
        var evidence = CategoryLexicon.MatchText(text);

        Assert.Contains(new CategoryEvidence(category, EvidenceWeights.Strong), evidence);
    }

    [TestMethod]
    [DataRow("nos vemos", DetectionCategories.Meeting)]
    [DataRow("send me a pic", DetectionCategories.PhotoRequest)]
    [DataRow("pasame fotos", DetectionCategories.PhotoRequest)]
    [DataRow("you're so pretty", DetectionCategories.Flattery)]
    [DataRow("where do you live", DetectionCategories.PersonalInfo)]
    public void MatchText_AmbiguousPhrase_ReturnsWeakEvidence(string text, string category)
    {
        var evidence = CategoryLexicon.MatchText(text);

        Assert.Contains(new CategoryEvidence(category, EvidenceWeights.Weak), evidence);
    }

    [TestMethod]
    [DataRow("how old is your dog")]
    [DataRow("how was school")]
    [DataRow("the weather is nice today")]
    [DataRow("que mas parce como vas")]
    [DataRow("lol that game was sick")]
    [DataRow("mandame la tarea porfa")]
    [DataRow("que chimba ese gol mk")]
    [DataRow("my mom is picking me up at 5")]
    [DataRow("i'll send you the notes tonight")]
    [DataRow("a que hora es el partido")]
    [DataRow("te espero en el juego")]
    [DataRow("what school project did you pick")]
    public void MatchText_BenignLookAlike_ReturnsNothing(string text)
    {
        Assert.IsEmpty(CategoryLexicon.MatchText(text));
    }

    [TestMethod]
    public void MatchText_HomeworkPic_IsWeakerThanPicOfYou()
    {
        static float PhotoWeight(string text) => CategoryLexicon.MatchText(text)
            .Where(item => item.Category == DetectionCategories.PhotoRequest)
            .Select(item => item.Weight)
            .DefaultIfEmpty(0f)
            .Max();

        Assert.IsLessThan(PhotoWeight("send me a pic of you"), PhotoWeight("send me the homework pic"));
    }

    [TestMethod]
    public void MatchText_SeveralCategories_OrdersStrongestFirst()
    {
        var evidence = CategoryLexicon.MatchText("you're cute. don't tell your mom");

        Assert.HasCount(2, evidence);
        Assert.AreEqual(DetectionCategories.Secrecy, evidence[0].Category);
        Assert.AreEqual(DetectionCategories.Flattery, evidence[1].Category);
    }

    [TestMethod]
    public void All_MatchesTheCategoriesOfTheProtocolDocument()
    {
        var documented = ProtocolDocument.CategoryIds();

        CollectionAssert.AreEquivalent(documented.ToList(), DetectionCategories.All.ToList());
        Assert.AreEqual(DetectionCategories.All.Count, DetectionCategories.All.Distinct().Count());
    }
}
