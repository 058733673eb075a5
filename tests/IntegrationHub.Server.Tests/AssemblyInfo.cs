// Each test class starts a full hub; Hangfire keeps some configuration in process-wide statics
// (GlobalConfiguration, JobStorage.Current), so hosts in this assembly run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
