import { Outlet } from 'react-router-dom';

/** Placeholder: the shell (top bar with region selector, side navigation) is built by the instances/shell work. */
export function Layout() {
  return <Outlet />;
}
