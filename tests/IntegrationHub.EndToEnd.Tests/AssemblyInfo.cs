// Each browser test class starts its own hub and Chromium; on a small CI machine they run one at a time so that
// timeouts measure the designer, not contention between two hubs.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
