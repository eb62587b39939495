using System.Security.Cryptography;
using System.Text;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>Where an analysis keeps its details, reports and cached section results (container <c>reports</c>).</summary>
public static class AnalysisArtifacts
{
    public const string Container = ArtifactContainers.Reports;

    public static string Folder(string analysisId) => "analyses/" + Safe(analysisId);

    public static string SectionName(string analysisId, string section) => Folder(analysisId) + "/sections/" + section + ".json";

    public static string ReportName(string analysisId, string file) => Folder(analysisId) + "/" + file;

    /// <summary>
    /// Cache entry of a section result by (section text hash, job hash, deployment, prompt version), in a folder per
    /// candidate so an erasure finds the candidate's entries by name.
    /// </summary>
    public static string CacheName(string candidateId, string sectionText, string jobText, string producer, string promptVersion) =>
        "analysis-cache/" + Safe(candidateId) + "/" + Hash(Hash(sectionText) + "|" + Hash(jobText) + "|" + producer + "|" + promptVersion) + ".json";

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // Instance ids may hold characters an artifact name must not (':' on Windows folders, '\').
    private static string Safe(string id) => string.Concat(id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
