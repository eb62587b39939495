namespace ResumeFlow.Llm.Redaction;

/// <summary>Removes personal data (names, emails, phones, street addresses, profile links) from text before it leaves the process.</summary>
public interface IPiiRedactor
{
    string Redact(string text);
}
