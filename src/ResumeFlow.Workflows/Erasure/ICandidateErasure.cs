namespace ResumeFlow.Workflows.Erasure;

/// <summary>The right to erasure (GDPR Art. 17): remove one candidate from every store, keeping only the record that it happened.</summary>
public interface ICandidateErasure
{
    /// <summary>
    /// Removes the uploaded file, text, profile, candidate document, per-screening results and reviews (the
    /// screenings' reports are rewritten and marked amended), index rows, the candidate's audit events, LLM cache
    /// entries, local batch-file lines, the provider's batch files holding the candidate (whole) and the Durable instances whose inputs, outputs or status name the
    /// candidate; then records the erasure in the audit trail. Throws <see cref="ErasureException"/> when nothing
    /// is stored or a running orchestration or provider batch still uses the candidate (nothing is removed then).
    /// </summary>
    Task<ErasureReport> EraseAsync(string candidateId, string? requestedBy, CancellationToken cancellationToken = default);
}
