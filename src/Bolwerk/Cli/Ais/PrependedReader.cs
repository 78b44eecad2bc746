namespace Bolwerk.Host.Cli.Ais;

/// <summary>A reader that yields one already-read line again, then the rest of another reader: lets the format be sniffed from the first line of stdin.</summary>
internal sealed class PrependedReader(string firstLine, TextReader rest) : TextReader
{
    private readonly string _head = firstLine + "\n";
    private int _position;

    public override int Peek() => _position < _head.Length ? _head[_position] : rest.Peek();

    public override int Read() => _position < _head.Length ? _head[_position++] : rest.Read();

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (_position < _head.Length)
        {
            var n = Math.Min(count, _head.Length - _position);
            _head.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }

        return rest.Read(buffer, index, count);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
