"""Documents: the official minutes, agenda and sign-in sheet as DOCX and PDF. Fed by plain data, no Qt."""
