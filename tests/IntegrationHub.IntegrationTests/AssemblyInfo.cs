// These tests start real server processes that share the machine's two cores: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
