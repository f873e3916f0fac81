using System.Security.Cryptography;
using SafeBrowse.Models;

namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class LinearModelFileTests
{
    private static readonly Lazy<byte[]> ModelHash = new(() => SHA256.HashData(File.ReadAllBytes(Path.Combine(TestScorers.ModelDirectory, ModelFiles.ModelFileName))));
    private static readonly Lazy<byte[]> Written = new(() => Write(TestScorers.CommittedThroughMlNet));

    [TestMethod]
    public void Read_WhatWasWritten_PredictsExactlyAsTheDirectComputationItCameFrom()
    {
        var read = LinearModelFile.Read(Written.Value, ModelHash.Value);

        var different = VariedMessages.Create(500, seed: 7)
            .Select(TextNormalizer.Normalize)
            .Where(text => text.Length > 0)
            .Where(text => read.Predict(text) != TestScorers.CommittedThroughMlNet.Predict(text))
            .ToList();
        Assert.IsEmpty(different, $"first difference: \"{different.FirstOrDefault()}\"");
    }

    [TestMethod]
    public void Write_TheSameModelLoadedTwice_WritesTheSameBytes()
    {
        CollectionAssert.AreEqual(Written.Value, Write(MessageScorerLoader.LoadThroughMlNet(TestScorers.ModelDirectory)));
    }

    [TestMethod]
    public void CommittedTables_AreWhatTheCommittedModelWrites()
    {
        CollectionAssert.AreEqual(Written.Value, File.ReadAllBytes(Path.Combine(TestScorers.ModelDirectory, ModelFiles.TablesFileName)));
    }

    [TestMethod]
    public void Read_AnotherModelsHash_IsRefused()
    {
        var otherHash = SHA256.HashData("another model"u8);

        var error = Assert.ThrowsExactly<InvalidDataException>(() => LinearModelFile.Read(Written.Value, otherHash));

        Assert.AreEqual("the tables were written for another model file", error.Message);
    }

    [TestMethod]
    public void Read_ChangedBias_IsRefusedByTheProbes()
    {
        var tables = Written.Value.ToArray();
        BitConverter.TryWriteBytes(tables.AsSpan(TablesLayout.BiasAt), BitConverter.ToDouble(tables, TablesLayout.BiasAt) + 0.5);

        var error = Assert.ThrowsExactly<InvalidDataException>(() => LinearModelFile.Read(tables, ModelHash.Value));

        Assert.AreEqual("the tables disagree with ML.NET on a probe text", error.Message);
    }

    [TestMethod]
    public void Read_AnotherFormat_IsRefusedNamingIt()
    {
        var tables = Written.Value.ToArray();
        tables[TablesLayout.FormatAt] = 9;

        var error = Assert.ThrowsExactly<InvalidDataException>(() => LinearModelFile.Read(tables, ModelHash.Value));

        Assert.AreEqual("tables format 9, this host reads 1", error.Message);
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(3)]
    [DataRow(TablesLayout.BiasAt + 4)]
    [DataRow(1_000)]
    [DataRow(500_000)]
    [DataRow(1_500_000)]
    [DataRow(-1)]
    public void Read_CutShort_IsRefused(int length)
    {
        var tables = Written.Value.AsMemory(0, length >= 0 ? length : Written.Value.Length - 1);

        Assert.ThrowsExactly<InvalidDataException>(() => LinearModelFile.Read(tables, ModelHash.Value));
    }

    [TestMethod]
    public void Read_BytesAfterTheEnd_IsRefused()
    {
        var error = Assert.ThrowsExactly<InvalidDataException>(() => LinearModelFile.Read(Written.Value.Append((byte)0).ToArray(), ModelHash.Value));

        Assert.AreEqual("the tables have bytes after their end", error.Message);
    }

    [TestMethod]
    public void Read_SomethingElse_IsRefused()
    {
        var error = Assert.ThrowsExactly<InvalidDataException>(() => LinearModelFile.Read("PK\u0003\u0004 a zip, not tables"u8.ToArray(), ModelHash.Value));

        Assert.AreEqual("not SafeBrowse model tables", error.Message);
    }

    private static byte[] Write(MlMessageScorer scorer)
    {
        using var output = new MemoryStream();
        scorer.WriteTables(output, ModelHash.Value);
        return output.ToArray();
    }
}
