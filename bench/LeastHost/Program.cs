// Answers each native message with {"v":1,"id":…,"type":…,"ok":true} until stdin closes: no hosting, no logging,
// no database, no model. Whatever its first answer costs, any host on .NET that reads a message and answers it
// costs at least as much.
using System.Buffers.Binary;
using System.Text.Json;

using var input = Console.OpenStandardInput();
using var output = Console.OpenStandardOutput();
var header = new byte[4];
while (input.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length)
{
    var body = new byte[BinaryPrimitives.ReadInt32LittleEndian(header)];
    if (input.ReadAtLeast(body, body.Length, throwOnEndOfStream: false) < body.Length)
    {
        break;
    }

    using var request = JsonDocument.Parse(body);
    var reply = new MemoryStream();
    using (var writer = new Utf8JsonWriter(reply))
    {
        writer.WriteStartObject();
        writer.WriteNumber("v", 1);
        writer.WriteString("id", request.RootElement.GetProperty("id").GetString());
        writer.WriteString("type", request.RootElement.GetProperty("type").GetString());
        writer.WriteBoolean("ok", true);
        writer.WriteEndObject();
    }

    BinaryPrimitives.WriteInt32LittleEndian(header, (int)reply.Length);
    output.Write(header);
    output.Write(reply.GetBuffer().AsSpan(0, (int)reply.Length));
    output.Flush();
}
