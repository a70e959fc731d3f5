/** Shell, shared UI, statuses and rule messages. Feature namespaces live beside this file. */
export const common = {
  app: {
    title: 'ECS Image Console',
    skipToContent: 'Skip to main content',
    mockBadge: 'Emulator',
    mockBadgeHint: 'This console is talking to the ECS emulator, not to Alibaba Cloud.',
  },
  nav: {
    label: 'Main navigation',
    instancesAndImages: 'Instances & Images',
    instances: 'Instances',
    images: 'Images',
  },
  actions: {
    refresh: 'Refresh',
    retry: 'Retry',
    cancel: 'Cancel',
    close: 'Close',
    create: 'Create',
  },
  time: {
    lastUpdated: 'Last updated {{time}}',
  },
  error: {
    code: 'Error code: {{code}}',
    requestId: 'Request ID: {{requestId}}',
    whatNext: {
      InvalidInput: 'Correct the highlighted field and try again.',
      NotFound: 'It may have been deleted or may be in another region. Refresh the list.',
      Conflict: 'Wait until the current operation finishes, then try again.',
      EcsRejected: 'ECS refused the request. Check the message above; quote the request ID to Alibaba Cloud support if you need help.',
      Throttled: 'ECS is limiting requests. Wait a few seconds and try again.',
      Unauthenticated: 'Sign in again.',
      Forbidden: 'Your account is not allowed to do this. Ask an administrator.',
      UpstreamUnavailable: 'ECS could not be reached. Try again in a moment.',
      Internal: 'Something went wrong in the console. Try again; if it persists, report it with the request ID.',
    },
  },
  status: {
    instance: {
      Pending: 'Pending',
      Starting: 'Starting',
      Running: 'Running',
      Stopping: 'Stopping',
      Stopped: 'Stopped',
    },
    image: {
      Creating: 'Creating',
      Waiting: 'Waiting',
      Available: 'Available',
      UnAvailable: 'Unavailable',
      CreateFailed: 'Failed',
      Deprecated: 'Deprecated',
    },
    snapshot: {
      progressing: 'In progress',
      accomplished: 'Completed',
      failed: 'Failed',
    },
  },
};
