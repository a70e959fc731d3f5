import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

/** A determinate bar named for what it measures, with the percentage as text beside it. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(value);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 140 }}>
      <LinearProgress variant="determinate" value={percent} aria-label={label} sx={{ flexGrow: 1 }} />
      <Typography variant="body2" component="span" sx={{ minWidth: 40, textAlign: 'right' }}>
        {percent}%
      </Typography>
    </Box>
  );
}
