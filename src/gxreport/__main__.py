from gxreport.cli import main

main()
