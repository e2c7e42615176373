// Each host loads its own embedding model and crawls on two cores: hosts side by side would only slow each other down.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
