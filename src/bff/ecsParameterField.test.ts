import { EcsCallError } from './ecs/port';
import { fromEcsCallError } from './errors';

const refusal = (ecsCode: string, message: string) =>
  fromEcsCallError(new EcsCallError({ action: 'DescribeInstances', ecsCode, message, httpStatus: 400, requestId: 'R-1' }));

it("names the field of a generic ECS parameter refusal from ECS's message or code", () => {
  expect(refusal('InvalidParameter', 'The specified parameter “NextToken” is not valid.').body).toMatchObject({
    code: 'InvalidInput',
    field: 'nextToken',
    ecsCode: 'InvalidParameter',
    requestId: 'R-1',
  });
  expect(refusal('MissingParameter', 'The input parameter "CommandId" that is mandatory for processing this request is not supplied.').body.field).toBe('commandId');
  expect(refusal('InvalidZoneId.Malformed', 'The specified zone is malformed.').body.field).toBe('zoneId');
  expect(refusal('InvalidImageName.Malformed', 'The specified Image name is wrongly formed.').body.field).toBe('imageName');
});

it('leaves the field out when ECS names no parameter', () => {
  const answer = refusal('InvalidParameter', 'Something is not valid.');
  expect(answer.status).toBe(400);
  expect(answer.body.field).toBeUndefined();
});
