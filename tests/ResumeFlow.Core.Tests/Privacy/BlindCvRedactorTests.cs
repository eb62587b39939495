using ResumeFlow.Core.Privacy;
using ResumeFlow.Testing.Candidates;

namespace ResumeFlow.Core.Tests.Privacy;

public sealed class BlindCvRedactorTests
{
    [Fact]
    public void Cvs_differing_only_in_identity_redact_to_the_same_text_and_keep_the_experience()
    {
        var texts = BlindCvVariants.All.Select(v => BlindCvRedactor.Redact(v.Text)).ToList();

        Assert.All(texts, t => Assert.Equal(texts[0], t));
        Assert.Contains("Backend Engineer, Contoso (2015 - 2025)", texts[0], StringComparison.Ordinal);
        Assert.Contains("C# .NET services on Kubernetes and Docker", texts[0], StringComparison.Ordinal);
        foreach (var variant in BlindCvVariants.All)
        {
            var redacted = BlindCvRedactor.Redact(variant.Text);
            Assert.All(variant.Identity, part => Assert.DoesNotContain(part, redacted, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData("Born on 12 May 1990 in Lyon.", "1990")]
    [InlineData("Aged 41, relocating.", "41")]
    [InlineData("DOB: 03/04/1979", "1979")]
    [InlineData("I am a citizen of Canada.", "Canada")]
    [InlineData("German passport, EU work permit.", "German")]
    [InlineData("Gender: non-binary", "non-binary")]
    [InlineData("<img src=\"headshot.jpg\"> Engineer", "headshot")]
    [InlineData("Mrs Jones led the team; she hired me.", "she")]
    public void Each_kind_of_identity_hint_is_removed(string text, string hint)
    {
        Assert.DoesNotContain(hint, BlindCvRedactor.Redact(text), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Skills_dates_of_experience_and_neutral_words_stay()
    {
        const string text = "Led MS SQL and Python work 2015 - 2023; they shipped Kubernetes tooling for 8 years.";

        Assert.Equal(text, BlindCvRedactor.Redact(text));
    }
}
