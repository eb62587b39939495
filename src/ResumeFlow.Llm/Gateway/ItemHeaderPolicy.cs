using System.ClientModel.Primitives;
using System.Globalization;

namespace ResumeFlow.Llm.Gateway;

/// <summary>Adds <c>x-resumeflow-item</c> and <c>x-resumeflow-attempt</c> to each request so provider-side logs (and the simulator) can tie calls to items.</summary>
internal sealed class ItemHeaderPolicy : PipelinePolicy
{
    public const string ItemHeader = "x-resumeflow-item";
    public const string AttemptHeader = "x-resumeflow-attempt";

    private static readonly AsyncLocal<(string Item, int Attempt)?> Current = new();

    public static IDisposable Use(string item, int attempt)
    {
        Current.Value = (item, attempt);
        return new Reset();
    }

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Stamp(message);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Stamp(message);
        return ProcessNextAsync(message, pipeline, currentIndex);
    }

    private static void Stamp(PipelineMessage message)
    {
        if (Current.Value is { } current)
        {
            message.Request.Headers.Set(ItemHeader, current.Item);
            message.Request.Headers.Set(AttemptHeader, current.Attempt.ToString(CultureInfo.InvariantCulture));
        }
    }

    private sealed class Reset : IDisposable
    {
        public void Dispose() => Current.Value = null;
    }
}
