namespace Compare.Crawling.Extraction;

/// <summary>
/// Words that, as a token of an element's class or id (split at dashes, underscores and spaces), mark site chrome on
/// news sites of every template: menus, share bars, promos, related links, newsletter and author boxes, captions, ads.
/// </summary>
internal static class BoilerplateNames
{
    private static readonly HashSet<string> Tokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "sharedaddy", "social", "socials", "newsletter", "newsletters", "subscribe", "subscription", "signup",
        "promo", "promos", "promotion", "related", "recommended", "recommendation", "recommendations", "trending", "popular", "mostread",
        "outbrain", "taboola", "advert", "advertisement", "advertising", "ad", "ads", "adslot", "sponsor", "sponsored", "cookie", "cookies",
        "consent", "gdpr", "tags", "tag", "topics", "breadcrumb", "breadcrumbs", "comment", "comments", "respond", "footer", "masthead",
        "nav", "navigation", "navbar", "menu", "sidebar", "rail", "widget", "widgets", "donate", "donation", "paywall", "caption",
        "captions", "credit", "credits", "gallery", "bio", "skip", "toolbar", "print", "byline", "dateline", "kicker", "dek", "standfirst",
        "meta", "timestamp", "time", "date", "posted", "watch", "video", "podcast", "listen", "header", "banner", "modal", "popup",
        "overlay", "author", "pull", "pullquote", "quotebox", "more", "weather", "login", "account", "pagination", "pager", "info", "disclaimer", "copyright",
    };

    private static readonly string[] Phrases = ["screen-reader", "sr-only", "visually-hidden", "most-read", "read-more", "more-from"];

    /// <summary>True when a class or id token of the element names chrome.</summary>
    public static bool LookLikeChrome(string? className, string? id)
    {
        return Check(className) || Check(id);

        static bool Check(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return false;
            }

            foreach (var phrase in Phrases)
            {
                if (value.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            foreach (var token in value.Split([' ', '-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (Tokens.Contains(token))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
