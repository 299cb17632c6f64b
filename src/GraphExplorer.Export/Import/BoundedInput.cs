namespace GraphExplorer.Export.Import;

/// <summary>Reads a stream into memory, refusing it when it runs past a limit (whatever length it claims).</summary>
internal static class BoundedInput
{
    public static async Task<MemoryStream> ReadAsync(Stream input, long limit, string what, CancellationToken cancellationToken)
    {
        if (input.CanSeek && input.Length - input.Position > limit)
        {
            throw new FormatException($"{what} is {input.Length - input.Position:N0} bytes, over the {limit:N0}-byte import limit.");
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > limit)
            {
                throw new FormatException($"{what} runs past the {limit:N0}-byte import limit.");
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes of a stream; more is refused with <paramref name="tooLarge"/>.</summary>
    public static byte[] ReadAll(Stream input, long limit, Func<string> tooLarge)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            if (copy.Length + read > limit)
            {
                throw new FormatException(tooLarge());
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }
}
