using System.Text;

namespace BudgetGraph.GraphSchema.Relay;

/// <summary>
/// Global ids: base64 of <c>Type:key</c> (e.g. <c>Department:szdsj</c>, <c>Budget:szdsj:2023</c>). Keys are the
/// warehouse's stable codes where there are some, so ids survive a re-import.
/// </summary>
public static class GlobalId
{
    /// <summary>The id of an object of <paramref name="type"/> with <paramref name="key"/>.</summary>
    public static string Encode(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(type + ":" + key));

    /// <summary>Splits an id into type and key; null when it is not an id of this API.</summary>
    public static (string Type, string Key)? Decode(string id)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? (text[..colon], text[(colon + 1)..]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
