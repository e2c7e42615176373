using System.Security.Cryptography;
using System.Text;

namespace Compare.Reports.Html;

/// <summary>
/// The page's only script: expand/collapse all, open every section for printing, and reveal a finding a link points
/// into. The page's Content-Security-Policy allows exactly this script by its hash, so nothing injected could run.
/// </summary>
internal static class ReportScript
{
    public const string Source =
        "(()=>{const all=()=>document.querySelectorAll('details');" +
        "document.querySelectorAll('button[data-toggle]').forEach(b=>b.addEventListener('click',()=>" +
        "{const o=b.dataset.toggle==='open';all().forEach(d=>d.open=o);}));" +
        "addEventListener('beforeprint',()=>all().forEach(d=>{if(!d.open){d.dataset.printOpened='';d.open=true;}}));" +
        "addEventListener('afterprint',()=>document.querySelectorAll('details[data-print-opened]')" +
        ".forEach(d=>{d.open=false;delete d.dataset.printOpened;}));" +
        "const reveal=()=>{const t=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));" +
        "for(let d=t&&t.closest('details');d;d=d.parentElement&&d.parentElement.closest('details'))d.open=true;" +
        "if(t)t.scrollIntoView();};addEventListener('hashchange',reveal);reveal();})();";

    /// <summary>The CSP source expression that allows the script: <c>'sha256-…'</c>.</summary>
    public static string CspHash { get; } =
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Source))) + "'";
}
