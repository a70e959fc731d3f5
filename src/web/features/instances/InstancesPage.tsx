export function InstancesPage() {
  return <h1>Instances</h1>;
}
