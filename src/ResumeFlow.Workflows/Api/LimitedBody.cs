namespace ResumeFlow.Workflows.Api;

/// <summary>
/// Reads a request body (or a part of one) into memory under a byte limit, counting as it arrives: a body without a
/// declared length cannot make a front buffer more than the limit. Over it, an <see cref="ApiException"/> 413.
/// </summary>
public static class LimitedBody
{
    public static async Task<byte[]> ReadAsync(Stream body, long limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static ApiException TooLarge(long limit)
        => new(new ApiError(413, CallApiErrorCodes.UploadTooLarge, $"The upload is larger than {limit:N0} bytes; nothing was stored."));
}
