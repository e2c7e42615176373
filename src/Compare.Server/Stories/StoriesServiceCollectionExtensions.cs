using Compare.Core.Stories;
using Compare.Core.Stories.Grouping;
using Compare.Core.Stories.Watches;
using Compare.Server.Analysis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Compare.Server.Stories;

public static class StoriesServiceCollectionExtensions
{
    /// <summary>Story grouping and topic watches, with options from sections <c>Stories</c> and <c>Watches</c> validated on start.</summary>
    public static IServiceCollection AddCompareStories(this IServiceCollection services)
    {
        services.AddCompareAnalysis();
        services.AddOptions<StoryGroupingOptions>().BindConfiguration(StoryGroupingOptions.SectionName).ValidateOnStart();
        services.AddOptions<TopicWatchOptions>().BindConfiguration(TopicWatchOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoryGroupingOptions>, StoryGroupingOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TopicWatchOptions>, TopicWatchOptionsValidator>());
        services.TryAddSingleton<TermAnalyzer>();
        services.TryAddSingleton<StoryService>();
        return services;
    }
}
