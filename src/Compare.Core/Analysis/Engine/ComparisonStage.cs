namespace Compare.Core.Analysis.Engine;

/// <summary>Where a comparison is.</summary>
public enum ComparisonStage
{
    /// <summary>Splitting articles into sentences and claims.</summary>
    Segmenting,

    /// <summary>Embedding claims (Done/Total counts claims).</summary>
    Embedding,

    /// <summary>Finding candidate pairs and matching claims across outlets.</summary>
    Aligning,

    /// <summary>Judging clusters: agree, differ, omitted, unique.</summary>
    Classifying,

    /// <summary>Finished.</summary>
    Done,
}
