import { createTheme } from '@mui/material/styles';

/** Close to the ECS console: orange accent, dense tables, no rounded-corner excess. */
export const theme = createTheme({
  palette: {
    primary: { main: '#0064c8' },
    secondary: { main: '#ff6a00' },
    background: { default: '#f5f6fa' },
  },
  shape: { borderRadius: 4 },
  typography: { fontSize: 13 },
  components: {
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
  },
});
