using System.Text;
using System.Text.Json.Nodes;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// Makes the frames a hostile or broken peer could send: well-formed requests of every type (to reach each handler),
/// the same with their fields broken, the envelope broken, broken bytes, and lengths that lie. All from one seed.
/// </summary>
/// <param name="random">The only source of choices, so a seed replays a run.</param>
/// <param name="liveSession">A parent session the host holds open, so parent requests reach past the PIN gate.</param>
/// <param name="spareSession">A session for the requests that end one (lock, set-pin), so the live one survives them.</param>
/// <param name="declareHugeFrames">Whether frames of up to 4 GiB may be declared; only a lazy in-process stream can afford them.</param>
internal sealed class FrameGenerator(Random random, Func<string> liveSession, Func<string> spareSession, bool declareHugeFrames)
{
    private readonly RequestTemplates templates = new(random, liveSession, spareSession);

    public FuzzCase Next()
    {
        templates.Canaries = Canaries.Next(random);
        var roll = random.Next(1000);
        return roll switch
        {
            < 300 => Valid(),
            < 600 => Mutated(),
            < 680 => BrokenEnvelope(),
            < 750 => OverLimit(),
            < 800 => BrokenString(),
            < 840 => DuplicateKey(),
            < 870 => DeeplyNested(),
            < 905 => Truncated(),
            < 935 => FlippedBytes(),
            < 960 => RandomBytes(),
            < 985 => OddDocument(),
            < 995 => NearTheCap(),
            _ => OverTheCap(),
        } with { Canaries = templates.Canaries };
    }

    private FuzzCase Valid()
    {
        var type = PickType();
        var raw = new RawJson();
        return FuzzCase.Of($"valid {type}", raw.Serialize(templates.Create(type)), type);
    }

    private FuzzCase Mutated()
    {
        var type = PickType();
        var raw = new RawJson();
        var request = templates.Create(type);
        var mutations = new JsonMutations(random, raw, templates.Canaries);
        var done = Enumerable.Range(0, random.Next(1, 4)).Select(_ => mutations.Apply(request)).ToList();
        return FuzzCase.Of($"{type} with {string.Join("; ", done)}", raw.Serialize(request), type);
    }

    private FuzzCase OverLimit()
    {
        var type = PickType();
        var raw = new RawJson();
        var request = templates.Create(type);
        var done = new JsonMutations(random, raw, templates.Canaries).OverLimit(request);
        return FuzzCase.Of($"{type} with {done}", raw.Serialize(request), type);
    }

    private FuzzCase BrokenString()
    {
        var type = PickType();
        var raw = new RawJson();
        var request = templates.Create(type);
        var done = new JsonMutations(random, raw, templates.Canaries).BreakString(request);
        return FuzzCase.Of($"{type} with {done}", raw.Serialize(request), type);
    }

    private FuzzCase BrokenEnvelope()
    {
        var type = PickType();
        var raw = new RawJson();
        var request = templates.Create(type);
        var field = Pick("v", "id", "type");
        var (value, description) = field switch
        {
            "v" => Pick<(JsonNode?, string)>(
                (0, "0"), (2, "2"), (-1, "-1"), ("1", "\"1\""), (raw.Splice("1.0"), "1.0"), (raw.Splice("1e0"), "1e0"),
                (raw.Splice("4294967297"), "2^32+1"), (null, "null"), (new JsonArray(1), "[1]")),
            "id" => Pick<(JsonNode?, string)>(
                (string.Empty, "empty"), (new string('i', 64), "64 characters"), (new string('i', 65), "65 characters"),
                (string.Concat(Enumerable.Repeat("😀", 32)), "32 emoji (64 UTF-16 units)"), (string.Concat(Enumerable.Repeat("😀", 33)), "33 emoji"),
                (7, "number"), (null, "null"), (new JsonObject(), "object"), (raw.Splice("\"\\ud800\""), "escaped lone surrogate"),
                (raw.Splice("\"a\\u0000b\""), "escaped NUL"), (raw.Splice([(byte)'"', 0xC3, 0x28, (byte)'"']), "invalid UTF-8")),
            _ => Pick<(JsonNode?, string)>(
                (string.Empty, "empty"), ("HELLO", "upper case"), ("hello ", "trailing space"), ("parent.", "prefix"), ("parent.*", "wildcard"),
                ("format-disk", "unknown"), ("__proto__", "__proto__"), (new string('t', 100), "100 characters"),
                (string.Concat(new string('t', 63), "😀"), "emoji across the 64th character"), (1, "number"), (null, "null"),
                (raw.Splice("\"\\udc00\""), "escaped lone surrogate"), (raw.Splice([(byte)'"', 0xFF, (byte)'"']), "invalid UTF-8")),
        };
        if (random.Next(6) == 0)
        {
            request.Remove(field);
            description = "missing";
        }
        else
        {
            request[field] = value;
        }

        return FuzzCase.Of($"{type} with {field} {description}", raw.Serialize(request), type);
    }

    private FuzzCase DuplicateKey()
    {
        var type = PickType();
        var raw = new RawJson();
        var request = templates.Create(type);
        var names = request.Select(property => property.Key).ToList();
        var name = names[random.Next(names.Count)];
        var (value, description) = new JsonMutations(random, raw, templates.Canaries).WrongValue();
        var duplicate = raw.Serialize(new JsonObject { [name] = value });
        var body = raw.Serialize(request);
        var member = duplicate.AsSpan(1, duplicate.Length - 2);
        var first = random.Next(2) == 0;
        byte[] joined = first
            ? [(byte)'{', .. member, (byte)',', .. body.AsSpan(1)]
            : [.. body.AsSpan(0, body.Length - 1), (byte)',', .. member, (byte)'}'];
        return FuzzCase.Of($"{type} with '{name}' repeated {(first ? "before" : "after")} as {description}", joined, type);
    }

    private FuzzCase DeeplyNested()
    {
        var depth = Pick(16, 17, 18, 100, 100_000);
        var arrays = random.Next(2) == 0;
        return FuzzCase.Of($"document nested {depth} deep ({(arrays ? "arrays" : "objects")})", Encoding.UTF8.GetBytes(JsonMutations.Nesting(depth, arrays)));
    }

    private FuzzCase Truncated()
    {
        var valid = Valid();
        var cut = random.Next(valid.Body.Length);
        return FuzzCase.Of($"{valid.Shape} cut after {cut} bytes", valid.Body[..cut]);
    }

    private FuzzCase FlippedBytes()
    {
        var valid = Valid();
        var body = valid.Body.ToList();
        var edits = random.Next(1, 5);
        for (var edit = 0; edit < edits && body.Count > 0; edit++)
        {
            var at = random.Next(body.Count);
            var value = Pick<byte>(0x00, (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)',', (byte)':', 0xFF, 0xC0, 0x80, (byte)random.Next(256));
            switch (random.Next(3))
            {
                case 0:
                    body[at] = value;
                    break;
                case 1:
                    body.Insert(at, value);
                    break;
                default:
                    body.RemoveAt(at);
                    break;
            }
        }

        return FuzzCase.Of($"{valid.Shape} with {edits} byte edits", [.. body]);
    }

    private FuzzCase RandomBytes()
    {
        var body = new byte[random.Next(0, 300)];
        random.NextBytes(body);
        if (body.Length > 0 && random.Next(3) == 0)
        {
            body[0] = (byte)'{';
        }

        return FuzzCase.Of("random bytes", body);
    }

    private FuzzCase OddDocument()
    {
        const string Hello = """{"v":1,"id":"odd","type":"hello"}""";
        var (text, description) = Pick(
            (string.Empty, "empty frame"), (" ", "whitespace"), ("null", "null"), ("[]", "array"), ("[" + Hello + "]", "request in an array"),
            ("\"hello\"", "string"), ("1", "number"), ("true", "boolean"), ("{}", "empty object"), ("{\"v\":1}", "only v"),
            ("\uFEFF" + Hello, "byte order mark"), (Hello + "}{", "trailing garbage"), (Hello + Hello, "two objects"),
            ("\t\r\n " + Hello + " \n", "surrounding whitespace"), ("/*c*/" + Hello, "comment"), (Hello[..^1] + ",}", "trailing comma"),
            ("{'v':1,'id':'q','type':'hello'}", "single quotes"), ("{v:1,id:\"u\",type:\"hello\"}", "unquoted names"));
        return FuzzCase.Of($"odd document: {description}", Encoding.UTF8.GetBytes(text));
    }

    private FuzzCase NearTheCap()
    {
        var hello = Encoding.UTF8.GetBytes("""{"v":1,"id":"cap","type":"hello"}""");
        var padding = FrameLimits.MaxInboundBytes - hello.Length;
        return random.Next(3) switch
        {
            0 => FuzzCase.Of("hello padded with spaces to exactly the cap", [.. hello, .. Enumerable.Repeat((byte)' ', padding)], "hello"),
            1 => FuzzCase.Of("hello padded to one byte over the cap", [.. hello, .. Enumerable.Repeat((byte)' ', padding + 1)], "hello"),
            _ => HugeText(),
        };
    }

    private FuzzCase HugeText()
    {
        var raw = new RawJson();
        var request = templates.Create("score");
        var text = string.Concat(templates.Canaries.Text, new string('x', FrameLimits.MaxInboundBytes - 2_000));
        ((JsonObject)request["messages"]![0]!)["text"] = text;
        return FuzzCase.Of("score with text of nearly 1 MiB", raw.Serialize(request), "score");
    }

    private FuzzCase OverTheCap()
    {
        if (!declareHugeFrames)
        {
            return FuzzCase.Of("one byte over the cap", new byte[FrameLimits.MaxInboundBytes + 1]);
        }

        var declared = Pick(FrameLimits.MaxInboundBytes + 1L, FrameLimits.MaxInboundBytes + random.Next(1, 1 << 20), int.MaxValue, 1L << 31, uint.MaxValue);
        return FuzzCase.Declared("declared over the cap", declared);
    }

    private string PickType() => random.Next(20) == 0 ? Pick("teleport", "Hello", "parent.delete") : Pick(RequestTemplates.Types);

    private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];
}
