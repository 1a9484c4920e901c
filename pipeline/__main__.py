from pipeline.noop import main

main()
