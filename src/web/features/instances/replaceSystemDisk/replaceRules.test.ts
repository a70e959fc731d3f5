import { describe, expect, it } from 'vitest';
import { baseline, systemOnly } from '../../launch/testing/fixtures';
import { replaceSystemDiskAvailability } from '../rowActionRules';
import { makeBuild, makeInstance } from '../testing/fixtures';
import { containsDataDisks, replaceMinGiB, replaceProblems, type ReplaceValues } from './replaceRules';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const valid: ReplaceValues = { imageId: systemOnly.imageId, size: '40', credential: 'password', password: 'Passw0rd!x', confirmPassword: 'Passw0rd!x', keyPairName: '' };
const reason = (availability: ReturnType<typeof replaceSystemDiskAvailability>) => (availability.enabled ? 'enabled' : availability.reasonKey);

describe('Replace System Disk rules', () => {
  it('is offered for Stopped instances only, after the lock, expiry and image-build reasons', () => {
    expect(reason(replaceSystemDiskAvailability(makeInstance({ status: 'Stopped' }), undefined, NOW))).toBe('enabled');
    expect(reason(replaceSystemDiskAvailability(makeInstance({ status: 'Running' }), undefined, NOW))).toBe('launch.reasons.stopFirst');
    expect(reason(replaceSystemDiskAvailability(makeInstance({ status: 'Stopped' }), makeBuild(), NOW))).toBe('instances.reasons.imageBeingCreated');
    expect(reason(replaceSystemDiskAvailability(makeInstance({ status: 'Stopped', lockReasons: ['security'] }), undefined, NOW))).toBe('instances.reasons.securityLocked');
  });

  it('refuses images that contain data disks', () => {
    expect(containsDataDisks(baseline)).toBe(true);
    expect(containsDataDisks(systemOnly)).toBe(false);
    expect(replaceProblems({ ...valid, imageId: baseline.imageId }, baseline, 40).imageId?.key).toBe('launch.replace.containsDataDisks');
    expect(replaceProblems({ ...valid, imageId: '' }, undefined, 40).imageId?.key).toBe('launch.replace.chooseImage');
    expect(replaceProblems(valid, systemOnly, 40)).toEqual({});
  });

  it('keeps the new disk at least as large as the image and the current disk, at most 2048 GiB', () => {
    expect(replaceMinGiB(systemOnly, 60)).toBe(60);
    expect(replaceMinGiB(systemOnly, 20)).toBe(40);
    expect(replaceProblems({ ...valid, size: '50' }, systemOnly, 60).size).toEqual({ key: 'launch.problems.systemDiskTooSmall', values: { min: 60 } });
    expect(replaceProblems({ ...valid, size: '4096' }, systemOnly, 60).size?.key).toBe('launch.problems.systemDiskTooLarge');
    expect(replaceProblems({ ...valid, size: '4.5' }, systemOnly, 40).size?.key).toBe('launch.problems.wholeNumber');
  });

  it('needs a valid, confirmed password or a key pair', () => {
    expect(replaceProblems({ ...valid, password: 'short', confirmPassword: 'short' }, systemOnly, 40).password?.key).toBe('rules.password.length');
    expect(replaceProblems({ ...valid, confirmPassword: 'other' }, systemOnly, 40).confirmPassword?.key).toBe('launch.problems.passwordMismatch');
    expect(replaceProblems({ ...valid, credential: 'keyPair' }, systemOnly, 40).keyPairName?.key).toBe('launch.problems.keyPair');
    expect(replaceProblems({ ...valid, credential: 'keyPair', keyPairName: 'ops-2025' }, systemOnly, 40)).toEqual({});
  });
});
