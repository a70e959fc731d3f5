/** The Demo panel (mock mode only): scenarios, pace and reset of the ECS emulator. */
export const demo = {
  button: 'Demo',
  buttonHint: 'Demo controls for the ECS emulator',
  title: 'Demo controls',
  intro: 'This console runs on the ECS emulator. These controls change only the emulator, never a cloud account.',
  scenario: {
    label: 'Scenario',
    names: {
      demo: 'Demo account',
      empty: 'Empty account',
      'large-region': 'Large region',
      'quota-nearly-reached': 'Image quota nearly reached',
      'slow-snapshots': 'Slow snapshots',
      'snapshot-failure': 'Snapshot failure',
    },
    descriptions: {
      demo: 'Several regions with Running and Stopped instances and two custom images.',
      empty: 'No instances, snapshots or custom images in any region.',
      'large-region': '10,000 instances in China (Hangzhou), many with data disks.',
      'quota-nearly-reached': 'Room for one more custom image in China (Hangzhou).',
      'slow-snapshots': 'Every snapshot takes ten times as long.',
      'snapshot-failure': 'The next image made from an instance fails.',
    },
    changed: 'Scenario "{{name}}" is loaded.',
  },
  pace: {
    label: 'Pace',
    speed: '{{speed}}x',
    speedHint: 'How fast emulated time runs: 1x is real time.',
    freeze: 'Freeze time',
    frozen: 'Time is frozen: nothing progresses until it is unfrozen.',
    running: 'Emulated time runs at {{speed}}x.',
  },
  reset: 'Reset demo',
  resetHint: 'Back to the demo account, normal pace, no injected faults.',
  resetDone: 'The demo is back to its start.',
  failed: 'The emulator did not accept the change: {{message}}',
};
