"""Thai dates, times and digits as a government document writes them."""
