using Microsoft.Extensions.Options;
using ResumeFlow.Llm.Deployments;
using ResumeFlow.Llm.Metering;
using ResumeFlow.Llm.Pricing;

namespace ResumeFlow.Llm.Tests.Pricing;

public sealed class PriceCatalogTests
{
    private static readonly LlmUsage Million = new(1_000_000, 0, 1_000_000);

    [Fact]
    public void Deployment_price_wins_over_its_model_and_the_list()
    {
        var llm = new LlmOptions();
        llm.Deployments["prod"] = new LlmDeploymentOptions { Model = "gpt-4o", Price = new LlmPrice { Input = 1m, Output = 2m } };
        llm.Prices["gpt-4o"] = new LlmPrice { Input = 7m, Output = 7m };
        var catalog = Catalog(llm);

        Assert.Equal(3m, catalog.Cost("prod", Million, batch: false));
        Assert.Equal(1.5m, catalog.Cost("prod", Million, batch: true));
    }

    [Fact]
    public void Pricing_section_wins_over_the_deployment_own_price()
    {
        var llm = new LlmOptions();
        llm.Deployments["prod"] = new LlmDeploymentOptions { Model = "gpt-4o", Price = new LlmPrice { Input = 1m, Output = 2m } };
        var pricing = new PricingOptions();
        pricing.Deployments["prod"] = new ModelPrice(5m, 5m, 5m, 1m, 1m);

        Assert.Equal(2m, Catalog(llm, pricing).Cost("prod", Million, batch: true));
    }

    [Fact]
    public void Deployment_without_a_price_is_priced_by_the_list_price_of_its_model()
    {
        var llm = new LlmOptions();
        llm.Deployments["scoring-eu"] = new LlmDeploymentOptions { Model = "gpt-4o-mini-2024-07-18" };

        var quote = Catalog(llm).Quote("scoring-eu");

        Assert.Equal(ListPrices.Models["gpt-4o-mini"], quote.Price);
        Assert.StartsWith("list ", quote.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Meter_reports_unknown_not_zero_for_an_unpriced_model_and_keeps_the_total_unknown()
    {
        var meter = new CostMeter(Catalog(new LlmOptions()));

        var priced = meter.Record("gpt-4o-mini", new LlmUsage(1000, 0, 100), "s1");
        var unpriced = meter.Record("house-llama", new LlmUsage(1000, 0, 100), "s1");

        Assert.True(priced > 0m);
        Assert.Null(unpriced);
        var scope = meter.GetScopeTotals("s1");
        Assert.Equal(2, scope.Requests);
        Assert.True(scope.PriceUnknown);
        Assert.Null(scope.CostUsd);
        Assert.Equal(priced, meter.GetModelTotals("gpt-4o-mini").CostUsd);
    }

    [Fact]
    public void Format_says_price_unknown_instead_of_zero()
    {
        Assert.Equal("price unknown", UsdText.Format(null));
        Assert.Equal("$0.0000", UsdText.Format(0m));
        Assert.Equal("$1.2346", UsdText.Format(1.23456m));
    }

    private static PriceCatalog Catalog(LlmOptions llm, PricingOptions? pricing = null) =>
        new(Options.Create(pricing ?? new PricingOptions()), Options.Create(llm));
}
