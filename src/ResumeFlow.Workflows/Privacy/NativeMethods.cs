using System.Runtime.InteropServices;

namespace ResumeFlow.Workflows.Privacy;

/// <summary>libc calls .NET does not wrap.</summary>
internal static class NativeMethods
{
    [DllImport("libc", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Interoperability", "SYSLIB1054", Justification = "LibraryImport needs unsafe code for no gain on a uint-only signature.")]
    internal static extern uint umask(uint mask);
}
