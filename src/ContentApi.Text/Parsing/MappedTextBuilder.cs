using System.Text;

namespace ContentApi.Text.Parsing;

/// <summary>Builds a <see cref="MappedText"/> one character or one fragment at a time, opening a run only where the source skips.</summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _textStarts = [];
    private readonly List<int> _sourceStarts = [];
    private int _nextSource = -1;

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    public void Clear()
    {
        _text.Clear();
        _textStarts.Clear();
        _sourceStarts.Clear();
        _nextSource = -1;
    }

    public void Append(char c, int sourceIndex)
    {
        if (sourceIndex != _nextSource)
        {
            _textStarts.Add(_text.Length);
            _sourceStarts.Add(sourceIndex);
        }

        _text.Append(c);
        _nextSource = sourceIndex + 1;
    }

    /// <summary>Appends <paramref name="source"/>[<paramref name="start"/>..+<paramref name="length"/>] unchanged.</summary>
    public void Append(string source, int start, int length)
    {
        if (start != _nextSource)
        {
            _textStarts.Add(_text.Length);
            _sourceStarts.Add(start);
        }

        _text.Append(source, start, length);
        _nextSource = start + length;
    }

    /// <summary>Appends <paramref name="fragment"/> from text index <paramref name="from"/> on, keeping its mapping.</summary>
    public void Append(MappedText fragment, int from)
    {
        var run = Array.BinarySearch(fragment.TextStarts, from);
        if (run < 0)
        {
            run = ~run - 1;
        }

        for (; run < fragment.TextStarts.Length; run++)
        {
            var runStart = Math.Max(from, fragment.TextStarts[run]);
            var runEnd = run + 1 < fragment.TextStarts.Length ? fragment.TextStarts[run + 1] : fragment.Length;
            var source = fragment.SourceStarts[run] + (runStart - fragment.TextStarts[run]);
            if (source != _nextSource)
            {
                _textStarts.Add(_text.Length);
                _sourceStarts.Add(source);
            }

            _text.Append(fragment.Text, runStart, runEnd - runStart);
            _nextSource = source + (runEnd - runStart);
        }
    }

    public MappedText Build() => new(_text.ToString(), [.. _textStarts], [.. _sourceStarts]);
}
