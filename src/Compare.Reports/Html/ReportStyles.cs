namespace Compare.Reports.Html;

/// <summary>The page's style sheet, inlined so the report is one file that makes no request.</summary>
internal static class ReportStyles
{
    public const string Css = """
:root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--soft:#f6f8fa;--accent:#0b5cad;
--agree:#00735a;--agree-bg:#d5f0e6;--differ:#b34700;--differ-bg:#fde3d1;--omitted:#8e3b75;--omitted-bg:#f5e0ee;
--unique:#005b8f;--unique-bg:#d8e8f5;--none:#9aa3ab;--mark:#ffe6a0}
*{box-sizing:border-box}
html{font:15px/1.5 system-ui,-apple-system,"Segoe UI","Liberation Sans",Roboto,Arial,sans-serif;color:var(--ink);background:#fff}
body{margin:0}
a{color:var(--accent)}
h1{font-size:1.75rem;line-height:1.25;margin:.2rem 0 .4rem}
h2{font-size:1.25rem;margin:0;display:inline}
h3{font-size:1.02rem;margin:0}
h3.sub{margin:1.1rem 0 .2rem}
.wrap{max-width:1280px;margin:0 auto;padding:0 1.25rem}
header.top{background:linear-gradient(180deg,#f3f6f9,#fff);border-bottom:1px solid var(--line);padding:1.2rem 0 1rem}
.eyebrow{color:var(--muted);font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;margin:0}
.meta{color:var(--muted);margin:.2rem 0 .8rem;font-size:.92rem}
.meta b{color:var(--ink);font-weight:600}
.tiles{display:flex;flex-wrap:wrap;gap:.6rem;margin:.6rem 0}
.tile{border:1px solid var(--line);border-radius:10px;padding:.45rem .9rem;min-width:7.5rem;background:#fff}
.tile .n{font-size:1.6rem;font-weight:700;line-height:1.1;display:block}
.tile .l{font-size:.82rem;color:var(--muted)}
.tile.agree{border-color:var(--agree);background:var(--agree-bg)}.tile.agree .n{color:var(--agree)}
.tile.differ{border-color:var(--differ);background:var(--differ-bg)}.tile.differ .n{color:var(--differ)}
.tile.omitted{border-color:var(--omitted);background:var(--omitted-bg)}.tile.omitted .n{color:var(--omitted)}
.tile.unique{border-color:var(--unique);background:var(--unique-bg)}.tile.unique .n{color:var(--unique)}
.chips{display:flex;flex-wrap:wrap;gap:.35rem;margin:.2rem 0;font-size:.85rem;color:var(--muted)}
.k{display:inline-block;border-radius:999px;padding:0 .5rem;font-size:.78rem;font-weight:600;border:1px solid;white-space:nowrap}
.k-number{color:#9a3b00;border-color:#D55E00;background:#fff4ec}
.k-date{color:#00507d;border-color:#0072B2;background:#eef6fc}
.k-actor{color:#7a2b63;border-color:#CC79A7;background:#fbf0f6}
.k-polarity{color:#1f2328;border-color:#1f2328;background:#f1f1f1}
.k-attribution{color:#00614d;border-color:#009E73;background:#ecf9f4}
.k-certainty{color:#7a5600;border-color:#E69F00;background:#fff8e6}
details.outlets>summary{cursor:pointer;color:var(--muted);font-size:.9rem;margin:.3rem 0}
table.outlets{border-collapse:collapse;width:100%;font-size:.9rem;margin:.4rem 0 0}
table.outlets th,table.outlets td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
table.outlets td.num{text-align:center;font-variant-numeric:tabular-nums;white-space:nowrap}
nav.toc{position:sticky;top:0;z-index:5;background:rgba(255,255,255,.96);border-bottom:1px solid var(--line);backdrop-filter:blur(4px)}
nav.toc .wrap{display:flex;flex-wrap:wrap;gap:.2rem 1rem;align-items:center;padding-top:.45rem;padding-bottom:.45rem;font-size:.9rem}
nav.toc a{text-decoration:none}
nav.toc .sp{flex:1}
button{font:inherit;font-size:.82rem;border:1px solid var(--line);background:#fff;border-radius:6px;padding:.15rem .6rem;cursor:pointer}
.finding,section.sec,p.left{scroll-margin-top:3.2rem}
section.sec{margin:1.4rem 0;border:1px solid var(--line);border-radius:12px;background:#fff}
section.sec>details>summary{padding:.8rem 1rem;cursor:pointer;border-bottom:1px solid transparent;list-style-position:inside}
section.sec>details[open]>summary{border-bottom-color:var(--line)}
section.sec>details>summary .hint{color:var(--muted);font-size:.88rem;margin-left:.6rem}
.body{padding:.9rem 1rem 1rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.86rem;color:var(--muted);margin:0 0 .6rem;padding:0;list-style:none}
.legend .sym{display:inline-block;width:1.6rem;text-align:center;border-radius:4px;margin-right:.3rem;font-weight:700}
.scroll{overflow:auto;max-height:75vh;border:1px solid var(--line);border-radius:8px}
table.matrix{border-collapse:separate;border-spacing:0;font-size:.88rem;min-width:100%}
table.matrix th,table.matrix td{border-bottom:1px solid var(--line);padding:.3rem .45rem}
table.matrix thead th{position:sticky;top:0;background:var(--soft);z-index:2;vertical-align:bottom;text-align:center;font-weight:600}
table.matrix thead th.fact{text-align:left;left:0;z-index:3}
table.matrix.many thead th.o span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;max-height:11rem;overflow:hidden;text-overflow:ellipsis;display:inline-block}
table.matrix tbody th{position:sticky;left:0;background:#fff;z-index:1;text-align:left;font-weight:400;min-width:16rem;max-width:30rem}
table.matrix tbody th a{color:var(--ink);text-decoration:none}
table.matrix tbody th a:hover{text-decoration:underline}
table.matrix td.kind{white-space:nowrap;color:var(--muted);font-size:.8rem}
table.matrix td.c{text-align:center;font-weight:700;font-size:1rem;min-width:2.2rem}
.ca{color:var(--agree);background:var(--agree-bg)}
.cd{color:var(--differ);background:var(--differ-bg)}
.cd.x{color:#fff;background:#D55E00}
.co{color:var(--omitted);background:var(--omitted-bg)}
.cu{color:var(--unique);background:var(--unique-bg)}
.cn{color:var(--none)}
.hscroll{overflow-x:auto}
table.heat{border-collapse:separate;border-spacing:3px;font-size:.85rem}
table.heat th{font-weight:600;text-align:right;padding:.2rem .4rem;white-space:nowrap}
table.heat thead th{text-align:center;vertical-align:bottom}
table.heat.many thead th span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
table.heat td{width:4.2rem;height:2.6rem;text-align:center;border-radius:6px;font-weight:700;font-variant-numeric:tabular-nums}
table.heat td small{display:block;font-weight:400;font-size:.72rem;color:#3d444d}
table.heat td.self{background:repeating-linear-gradient(45deg,#f3f4f6,#f3f4f6 4px,#e9ecef 4px,#e9ecef 8px);color:var(--muted)}
table.heat td.na{background:#f6f8fa;color:var(--muted);font-weight:400}
.scale{display:flex;align-items:center;gap:.5rem;font-size:.8rem;color:var(--muted);margin:.6rem 0}
.scale i{display:inline-block;width:10rem;height:.7rem;border-radius:4px;background:linear-gradient(90deg,#e8a07a,#f5f5f5,#5cbf9a)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:1rem}
figure.chart{margin:0;border:1px solid var(--line);border-radius:8px;padding:.6rem}
figure.chart svg{width:100%;height:auto;display:block}
figure.chart figcaption{font-size:.85rem;color:var(--muted);margin-top:.3rem}
.finding{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:8px;padding:.7rem .9rem;margin:.8rem 0;background:#fff}
.finding.differ{border-left-color:#D55E00}
.finding.agree{border-left-color:#009E73}
.finding.omitted{border-left-color:#CC79A7}
.finding.unique{border-left-color:#0072B2}
.finding>header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.3rem .6rem}
.fid{font:600 .75rem ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted);background:var(--soft);border-radius:4px;padding:0 .35rem}
.score{margin-left:auto;color:var(--muted);font-size:.8rem;white-space:nowrap}
ul.expl{margin:.4rem 0;padding-left:1.1rem;font-size:.9rem;color:#3d444d}
.sides{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:.6rem;margin-top:.6rem}
.side{border:1px solid var(--line);border-radius:8px;padding:.5rem .65rem;background:var(--soft)}
.side.odd{background:#fff7f2;border-color:#f0b48c}
.side .on{font-weight:700}
dl.vals{margin:.3rem 0;display:grid;grid-template-columns:auto 1fr;gap:.1rem .5rem;font-size:.86rem}
dl.vals dt{color:var(--muted)}
dl.vals dd{margin:0;font-weight:600}
blockquote{margin:.35rem 0;padding:.1rem 0 .1rem .6rem;border-left:3px solid var(--line);font-size:.92rem}
mark{background:var(--mark);padding:0 .1rem;border-radius:3px;border-bottom:2px solid #D55E00;color:inherit}
mark.m-date{border-bottom-color:#0072B2}mark.m-actor{border-bottom-color:#CC79A7}mark.m-polarity{border-bottom-color:#1f2328}
mark.m-attribution{border-bottom-color:#009E73}mark.m-certainty{border-bottom-color:#E69F00}
.src,.off{font-size:.8rem;color:var(--muted)}
a.src{color:var(--accent)}
details.ev{margin-top:.45rem}
details.ev>summary{cursor:pointer;color:var(--accent);font-size:.86rem}
ul.ev{margin:.35rem 0 0;padding-left:1.1rem;font-size:.9rem}
ul.ev li{margin:.25rem 0}
ul.ev q{quotes:"\201C" "\201D"}
.by{font-size:.84rem;color:var(--muted)}
p.left{color:var(--omitted);margin:.35rem 0}
p.left .fid{margin-left:.3rem}
.sal{display:inline-block;vertical-align:middle;width:3.2rem;height:.45rem;background:#e9ecef;border-radius:3px;overflow:hidden;margin:0 .3rem}
.sal i{display:block;height:100%;background:#CC79A7}
details.per{border:1px solid var(--line);border-radius:8px;margin:.5rem 0;padding:.3rem .7rem}
details.per>summary{cursor:pointer;font-weight:600}
details.per>summary .c{font-weight:400;color:var(--muted)}
ol.rank{margin:.4rem 0 .3rem;padding-left:1.4rem}
ol.rank li{margin:.3rem 0}
.none{color:var(--muted);font-style:italic}
.method dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 .6rem}
.method dt{color:var(--muted)}
.method dd{margin:0}
footer{color:var(--muted);font-size:.8rem;padding:1rem 0 2rem}
@media print{
html{font-size:11pt}
nav.toc,button{display:none}
header.top{background:none}
section.sec{border:none;margin:.8rem 0;break-inside:auto}
section.sec>details>summary{padding:.3rem 0;list-style:none}
.body{padding:.3rem 0}
details::details-content{content-visibility:visible;display:contents}
.scroll{max-height:none;overflow:visible;border:none}
table.matrix thead th,table.matrix tbody th{position:static}
.finding,.side,figure.chart{break-inside:avoid}
a{color:inherit}
a.src[href^="http"]::after{content:" <" attr(href) ">";word-break:break-all}
.ca,.cd,.co,.cu,.sal i,.side.odd,.tile,.k,mark,table.heat td{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
""";
}
