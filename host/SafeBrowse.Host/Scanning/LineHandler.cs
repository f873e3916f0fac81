using System.Buffers;

namespace SafeBrowse.Host.Scanning;

internal delegate void LineHandler(long lineNumber, ReadOnlySequence<byte> line);
