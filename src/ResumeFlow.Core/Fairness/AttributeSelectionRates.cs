namespace ResumeFlow.Core.Fairness;

/// <summary>The groups of one attribute, highest rate first; <see cref="Unknown"/> counts candidates with no value supplied.</summary>
public sealed record AttributeSelectionRates(string Attribute, IReadOnlyList<GroupSelectionRate> Groups, GroupSelectionRate? Unknown);
