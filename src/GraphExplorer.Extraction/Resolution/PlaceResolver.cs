using GraphExplorer.Core.Model;
using GraphExplorer.Core.Text;
using GraphExplorer.Extraction.Pipeline;

namespace GraphExplorer.Extraction.Resolution;

/// <summary>
/// Places inside one article: a border crossing named by its town ("the Haji Omaran gate", "X border crossing")
/// is the place the article also calls "Haji Omaran"; two spellings of a place no gazetteer knows ("Sinune",
/// "Sinuny") that sound alike (<see cref="NameKey.SoundKey"/>) are one place, under the first one's name.
/// </summary>
internal static class PlaceResolver
{
    private static readonly string[] CrossingHeads = [" border crossing", " border point", " border gate", " border post", " border port", " crossing", " gate", " port"];

    public static void Resolve(ExtractionContext context)
    {
        var places = context.Mentions.Where(m => m.Label == NodeLabels.Place).OrderBy(m => m.Start).ToList();
        var names = places.Select(m => m.Canonical).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in places)
        {
            foreach (var head in CrossingHeads)
            {
                if (mention.Canonical.EndsWith(head, StringComparison.OrdinalIgnoreCase) && names.Contains(mention.Canonical[..^head.Length]))
                {
                    mention.Canonical = mention.Canonical[..^head.Length];
                    break;
                }
            }
        }

        var bySound = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in places)
        {
            var sound = string.Join(' ', NameKey.Normalize(mention.Canonical).Split(' ').Select(NameKey.SoundKey));
            if (!bySound.TryGetValue(sound, out var first))
            {
                bySound[sound] = mention.Canonical;
            }
            else if (!mention.Known && first != mention.Canonical)
            {
                mention.Canonical = first;
            }
        }
    }
}
