namespace GraphExplorer.Extraction.Syntax.Training;

/// <summary>Settings of <see cref="SyntaxTrainer"/>; the defaults are those the shipped model was trained with.</summary>
public sealed record SyntaxTrainingOptions
{
    /// <summary>Seed of the one random generator (sentence order, error exploration). Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Passes over the training sentences for the parser. Default 12.</summary>
    public int ParserEpochs { get; init; } = 12;

    /// <summary>Passes over the training sentences for the tagger. Default 6.</summary>
    public int TaggerEpochs { get; init; } = 6;

    /// <summary>Folds of cross-training (jackknifing) that give the parser realistic predicted tags; 1 trains on gold tags. Default 5.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Whether the tagger re-tags with the first pass's right-hand tags in view. Default true.</summary>
    public bool TwoPassTagger { get; init; } = true;

    /// <summary>A word is tagged by lookup when seen this often… Default 20.</summary>
    public int DictionaryMinCount { get; init; } = 20;

    /// <summary>…and its commonest tag has at least this share of its uses. Default 0.995.</summary>
    public double DictionaryMinShare { get; init; } = 0.995;

    /// <summary>First parser epoch in which the model's own wrong actions are followed (error exploration). Default 2.</summary>
    public int ExplorationStart { get; init; } = 2;

    /// <summary>Probability of following a wrong predicted action from <see cref="ExplorationStart"/> on. Default 0.9.</summary>
    public double ExplorationProbability { get; init; } = 0.9;

    /// <summary>
    /// Width of the parser's beam. 1 (the default) trains the greedy parser with the dynamic oracle; a wider beam trains
    /// globally (a structured perceptron over whole transition sequences with max-violation updates, Huang et al.
    /// 2012) and the model decodes with a beam of this width.
    /// </summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>
    /// A file that keeps the trained tagger and the cross-trained tags of the training sentences: written when it does
    /// not exist, read instead of training them when it does (valid only for the same treebank and tagger options).
    /// Null (the default): always train them.
    /// </summary>
    public string? TaggingCache { get; init; }

    /// <summary>Averaged weights smaller than this in magnitude are dropped while training. Default 0.</summary>
    public float PruneBelow { get; init; }

    /// <summary>After training, the smallest weights are pruned as long as the development score (UPOS, LAS) loses at most this much. Default 0.001.</summary>
    public double PruneTolerance { get; init; } = 0.001;
}
