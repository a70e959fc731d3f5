import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  mockClockStateSchema,
  mockScenarioListSchema,
  type MockClockBody,
  type ScenarioName,
} from '../../../contract';
import { apiGet, apiPost } from '../../api/http';

/** The emulator's control API (mock mode only), as the Demo panel uses it. */
const CONTROL = '/__mock';

export const demoKeys = {
  all: () => ['demo'] as const,
  scenario: () => [...demoKeys.all(), 'scenario'] as const,
  clock: () => [...demoKeys.all(), 'clock'] as const,
};

export const scenarioQueryOptions = () =>
  queryOptions({
    queryKey: demoKeys.scenario(),
    queryFn: () => apiGet(`${CONTROL}/scenario`, mockScenarioListSchema),
  });

export const clockQueryOptions = () =>
  queryOptions({
    queryKey: demoKeys.clock(),
    queryFn: () => apiGet(`${CONTROL}/clock`, mockClockStateSchema),
  });

export const useScenarioQuery = (enabled: boolean) => useQuery({ ...scenarioQueryOptions(), enabled });
export const useClockQuery = (enabled: boolean) => useQuery({ ...clockQueryOptions(), enabled });

/**
 * A new scenario or a reset replaces everything the emulator holds: every query on screen is
 * stale, so all of them are invalidated (the panel's own included).
 */
export function useChooseScenario() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: ScenarioName) => apiPost(`${CONTROL}/scenario`, mockScenarioListSchema, { name }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useResetDemo() {
  const queryClient = useQueryClient();
  return useMutation({
    // 204, no body.
    mutationFn: () => apiPost(`${CONTROL}/reset`, z.unknown()),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** The pace changes only how fast emulated time runs from now on; lists keep polling on their own. */
export function useSetPace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MockClockBody) => apiPost(`${CONTROL}/clock`, mockClockStateSchema, change),
    onSuccess: (clock) => queryClient.setQueryData(demoKeys.clock(), clock),
  });
}
