using System.Globalization;
using System.Text;

namespace ResumeFlow.Durable.Persistence;

/// <summary>Opaque keyset token for instance queries: the (created ticks, instance id) of the last row returned.</summary>
internal static class ContinuationToken
{
    public static string Create(long createdTicks, string instanceId)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes(createdTicks.ToString(CultureInfo.InvariantCulture) + "|" + instanceId));

    public static bool TryParse(string? token, out long createdTicks, out string instanceId)
    {
        createdTicks = 0;
        instanceId = string.Empty;
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var separator = text.IndexOf('|', StringComparison.Ordinal);
            if (separator <= 0 || !long.TryParse(text.AsSpan(0, separator), NumberStyles.Integer, CultureInfo.InvariantCulture, out createdTicks))
            {
                throw new ArgumentException("invalid_continuation_token: the continuation token is not one this API issued.", nameof(token));
            }

            instanceId = text[(separator + 1)..];
            return true;
        }
        catch (FormatException ex)
        {
            throw new ArgumentException("invalid_continuation_token: the continuation token is not one this API issued.", nameof(token), ex);
        }
    }
}
