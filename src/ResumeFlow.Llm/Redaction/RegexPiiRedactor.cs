using ResumeFlow.Core.Privacy;

namespace ResumeFlow.Llm.Redaction;

/// <summary>
/// The gateway's redactor: the domain's pattern-based <see cref="ContactDetailsRedactor"/> (the candidate's own name,
/// e-mail, phone, street address, profile links). Blind screening redacts more, before any scorer: <see cref="BlindCvRedactor"/>.
/// </summary>
internal sealed class RegexPiiRedactor : IPiiRedactor
{
    public string Redact(string text) => ContactDetailsRedactor.Redact(text);
}
