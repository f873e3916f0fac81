using System.Text;
using System.Text.Json.Nodes;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// Breaks one place of a request tree: drops a field, gives it the wrong type, takes it just past its documented
/// limit, adds a field no type has, or plants bytes the host must refuse as JSON. Returns what it did, for the report.
/// </summary>
internal sealed class JsonMutations(Random random, RawJson raw, Canaries canaries)
{
    // docs/protocol.md limits, in the UTF-16 characters the host counts.
    private static readonly Dictionary<string, (int Min, int Max)> StringLimits = new(StringComparer.Ordinal)
    {
        ["id"] = (1, 64), ["site"] = (1, 253), ["conversation"] = (1, 256), ["contact"] = (1, 256), ["text"] = (0, 4000),
        ["key"] = (1, 512), ["install"] = (16, 64), ["pin"] = (6, 64), ["name"] = (1, 40), ["previousName"] = (1, 40),
        ["week"] = (8, 8), ["session"] = (1, 64), ["profile"] = (1, 40), ["defaultProfile"] = (1, 40),
    };

    private static readonly Dictionary<string, (long Min, long Max)> NumberLimits = new(StringComparer.Ordinal)
    {
        ["v"] = (1, 1), ["minutes"] = (0, 480), ["retentionDays"] = (7, 365), ["feedbackId"] = (1, long.MaxValue),
    };

    private static readonly Dictionary<string, (int Min, int Max)> ArrayLimits = new(StringComparer.Ordinal)
    {
        ["messages"] = (1, 200), ["categories"] = (0, 11),
    };

    private static readonly string[] UnknownNames = ["extra", "__proto__", "constructor", "Text", "ID", "Type", "V", "messages ", "", "😀"];

    private static readonly string[] Fillers = ["x", "é", "€", "😀", " "];

    // Planted inside a JSON string, after the field's canary: what a browser never sends, or sends rarely.
    private static readonly (string Name, byte[] Bytes)[] BrokenStrings =
    [
        ("invalid byte FF", [0xFF]),
        ("bad continuation C3 28", [0xC3, 0x28]),
        ("overlong '/' C0 AF", [0xC0, 0xAF]),
        ("overlong 3-byte E0 80 AF", [0xE0, 0x80, 0xAF]),
        ("overlong 4-byte F0 80 80 AF", [0xF0, 0x80, 0x80, 0xAF]),
        ("UTF-8 encoded surrogate ED A0 80", [0xED, 0xA0, 0x80]),
        ("above U+10FFFF F4 90 80 80", [0xF4, 0x90, 0x80, 0x80]),
        ("lone continuation 80", [0x80]),
        ("truncated sequence E2 82", [0xE2, 0x82]),
        ("raw NUL", [0x00]),
        ("raw control 01 1F", [0x01, 0x1F]),
        ("raw newline", [0x0A]),
        ("escaped lone high surrogate", "\\ud800"u8.ToArray()),
        ("escaped lone low surrogate", "\\udc00"u8.ToArray()),
        ("escaped reversed pair", "\\ude00\\ud83d"u8.ToArray()),
        ("escaped high surrogate then letter", "\\ud83dx"u8.ToArray()),
        ("escaped valid pair", "\\ud83d\\ude00"u8.ToArray()),
        ("escaped NUL", "\\u0000"u8.ToArray()),
        ("bad escape \\uZZZZ", "\\uZZZZ"u8.ToArray()),
        ("bad escape \\x41", "\\x41"u8.ToArray()),
    ];

    private static readonly string[] OddNumbers = ["1e400", "-0", "1E0", "1.0", "0.0000001", "9223372036854775808", "-2147483649", "2147483648", "-1e-400"];

    private sealed record Slot(string Path, JsonNode Parent, string? Name, int Index, JsonNode? Value)
    {
        public string Field => Name ?? string.Empty;
    }

    public string Apply(JsonObject root) => random.Next(7) switch
    {
        0 => Remove(root),
        1 or 2 => WrongType(root),
        3 => OverLimit(root),
        4 => AddUnknown(root),
        5 => BreakString(root),
        _ => Nest(root),
    };

    public string OverLimit(JsonObject root)
    {
        var limited = Slots(root).Where(slot => slot.Name is { } name
            && (StringLimits.ContainsKey(name) || NumberLimits.ContainsKey(name) || ArrayLimits.ContainsKey(name))).ToList();
        if (limited.Count == 0)
        {
            return WrongType(root);
        }

        var slot = limited[random.Next(limited.Count)];
        var name = slot.Name!;
        if (StringLimits.TryGetValue(name, out var text))
        {
            var length = Pick(text.Max + 1, text.Max + 1, text.Max + 2, text.Max, text.Min - 1, text.Max * 4);
            var filler = Pick(Fillers);
            Set(slot, LongString(canaries.For(name), filler, Math.Max(length, 0)));
            return $"limit {slot.Path}: {Math.Max(length, 0)} UTF-16 units of '{filler}' (limit {text.Min}-{text.Max})";
        }

        if (NumberLimits.TryGetValue(name, out var number))
        {
            var value = Pick(number.Min - 1, number.Max == long.MaxValue ? long.MinValue : number.Max + 1, number.Min, number.Max, int.MaxValue, int.MinValue);
            Set(slot, JsonValue.Create(value));
            return $"limit {slot.Path}: {value} (limit {number.Min}-{number.Max})";
        }

        var items = ArrayLimits[name];
        var count = Pick(items.Max + 1, items.Max + 1, items.Min, Math.Max(items.Min - 1, 0));
        var sample = (slot.Value as JsonArray)?.FirstOrDefault();
        Set(slot, new JsonArray([.. Enumerable.Range(0, count).Select(_ => sample?.DeepClone())]));
        return $"limit {slot.Path}: {count} items (limit {items.Min}-{items.Max})";
    }

    public string BreakString(JsonObject root)
    {
        var strings = Slots(root).Where(slot => slot.Value is JsonValue value && value.TryGetValue<string>(out _)).ToList();
        if (strings.Count == 0)
        {
            return AddUnknown(root);
        }

        var slot = strings[random.Next(strings.Count)];
        var (kind, bytes) = BrokenStrings[random.Next(BrokenStrings.Length)];
        var canary = canaries.For(slot.Field);
        var prefix = canary is null ? "a"u8.ToArray() : Encoding.UTF8.GetBytes($"{canary} ");
        Set(slot, raw.Splice([(byte)'"', .. prefix, .. bytes, .. "z\""u8]));
        return $"broken string {slot.Path}: {kind}";
    }

    private string Remove(JsonObject root)
    {
        var named = Slots(root).Where(slot => slot.Name is not null).ToList();
        if (named.Count == 0)
        {
            return AddUnknown(root);
        }

        var slot = named[random.Next(named.Count)];
        ((JsonObject)slot.Parent).Remove(slot.Name!);
        return $"removed {slot.Path}";
    }

    private string WrongType(JsonObject root)
    {
        var slots = Slots(root);
        var slot = slots[random.Next(slots.Count)];
        var (value, description) = WrongValue();
        Set(slot, value);
        return $"wrong type {slot.Path}: {description}";
    }

    private string AddUnknown(JsonObject root)
    {
        var objects = Slots(root).Select(slot => slot.Value).OfType<JsonObject>().Prepend(root).ToList();
        var target = objects[random.Next(objects.Count)];
        var name = Pick(UnknownNames);
        if (target.ContainsKey(name))
        {
            return WrongType(root);
        }

        var (value, description) = WrongValue();
        target[name] = value;
        return $"unknown field '{name}' = {description}";
    }

    private string Nest(JsonObject root)
    {
        var slots = Slots(root);
        var slot = slots[random.Next(slots.Count)];
        var depth = Pick(14, 15, 16, 17, 64, 5_000);
        Set(slot, raw.Splice(Nesting(depth, random.Next(2) == 0)));
        return $"nesting {depth} deep at {slot.Path}";
    }

    public static string Nesting(int depth, bool arrays) => arrays
        ? string.Concat(new string('[', depth), "1", new string(']', depth))
        : string.Concat(string.Concat(Enumerable.Repeat("{\"a\":", depth)), "1", new string('}', depth));

    public (JsonNode? Value, string Description) WrongValue() => random.Next(20) switch
    {
        0 => (null, "null"),
        1 => (JsonValue.Create(true), "true"),
        2 => (JsonValue.Create(0), "0"),
        3 => (JsonValue.Create(-1), "-1"),
        4 => (JsonValue.Create(1.5), "1.5"),
        5 => (JsonValue.Create(2_147_483_648L), "2147483648"),
        6 => (JsonValue.Create(long.MinValue), "long.MinValue"),
        7 => (JsonValue.Create(string.Empty), "\"\""),
        8 => (JsonValue.Create("1"), "\"1\""),
        9 => (JsonValue.Create("null"), "\"null\""),
        10 => (new JsonArray(), "[]"),
        11 => (new JsonArray((JsonNode?)null), "[null]"),
        12 => (new JsonObject(), "{}"),
        13 => (new JsonObject { ["a"] = 1 }, "{\"a\":1}"),
        14 => (new JsonArray(1, "a", new JsonObject()), "[1,\"a\",{}]"),
        15 => (JsonValue.Create(false), "false"),
        _ => OddNumber(),
    };

    private (JsonNode? Value, string Description) OddNumber()
    {
        var number = Pick(OddNumbers);
        return (raw.Splice(number), number);
    }

    private static string LongString(string? canary, string filler, int length)
    {
        var text = new StringBuilder(canary is not null && canary.Length < length ? canary : string.Empty);
        while (text.Length < length)
        {
            text.Append(filler.Length <= length - text.Length ? filler : "x");
        }

        return text.ToString();
    }

    private static List<Slot> Slots(JsonObject root)
    {
        var slots = new List<Slot>();
        Collect(root, "$", slots);
        return slots;
    }

    private static void Collect(JsonNode node, string path, List<Slot> slots)
    {
        if (node is JsonObject container)
        {
            foreach (var (name, value) in container.ToList())
            {
                slots.Add(new Slot($"{path}.{name}", container, name, -1, value));
                if (value is not null)
                {
                    Collect(value, $"{path}.{name}", slots);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var index = 0; index < array.Count; index++)
            {
                slots.Add(new Slot($"{path}[{index}]", array, null, index, array[index]));
                if (array[index] is { } item)
                {
                    Collect(item, $"{path}[{index}]", slots);
                }
            }
        }
    }

    private static void Set(Slot slot, JsonNode? value)
    {
        if (slot.Parent is JsonObject container)
        {
            container[slot.Name!] = value;
        }
        else
        {
            ((JsonArray)slot.Parent)[slot.Index] = value;
        }
    }

    private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];
}
